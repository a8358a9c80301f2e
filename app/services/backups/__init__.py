"""Backups of the store's database: taking them, keeping the right ones, restoring them."""
