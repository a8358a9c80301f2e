"""Bringing a store's customers and purchases in from CSV and Excel files."""
