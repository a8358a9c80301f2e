"""Warranty, repairs, exchanges and returns: the catalogue, purchases, the warranty check,
claims and their workflow."""
