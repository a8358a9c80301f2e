"""Bringing customers and purchases in from a spreadsheet, one step at a time."""

from ui.imports.import_wizard import ImportWizard

__all__ = ["ImportWizard"]
