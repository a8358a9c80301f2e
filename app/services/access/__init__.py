"""Who works here and what each may do: users, sign-in, passwords, roles, stores."""
