"""Claims: the warranty check, purchase registration, intake and the claim window."""
