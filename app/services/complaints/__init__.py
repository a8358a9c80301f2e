"""Complaints from intake to closing: the workflow, queues, replies, and the SLA clock
counted in business hours."""
