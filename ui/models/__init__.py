"""Qt table models that several screens share; a model one screen uses lives in its package."""
