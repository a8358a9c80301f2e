"""Customers: the list, the 360° profile and the customer forms."""

from ui.customers.customers_screen import CustomersScreen

__all__ = ["CustomersScreen"]
