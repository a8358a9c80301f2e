"""The Admin screen: users, stores and settings."""

from ui.admin.admin_screen import AdminScreen

__all__ = ["AdminScreen"]
