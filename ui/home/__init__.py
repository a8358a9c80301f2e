"""The Home screen: what needs attention now."""

from ui.home.home_screen import HomeScreen

__all__ = ["HomeScreen"]
