"""Reminders: the inbox of follow-ups and the panel that works one on a customer's profile."""
