"""Membership: tiers, the points ledger."""
