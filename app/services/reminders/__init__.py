"""Follow-up reminders: the rules that create them, the inbox, the actions on them, greetings."""
