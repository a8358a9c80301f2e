"""Complaints: the queue, intake and the complaint dialog."""
