"""Contacts with customers on every channel (the call log): logging, corrections, topics
and scripts, caller lookup, export."""
