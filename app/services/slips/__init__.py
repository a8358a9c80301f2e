"""Printed slips: numbering, what each kind prints, their settings."""
