"""Customers: the record, its checks, search, the list, the profile and timeline, merging."""
