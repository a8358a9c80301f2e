"""The call log: every contact, the new-contact form, corrections, topics and scripts."""
