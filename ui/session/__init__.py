"""Who works at the seat: first administrator, sign-in, idle lock and Switch user."""
