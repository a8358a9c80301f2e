"""The global customer search: the field at the top of the window and its result list."""

from ui.search.global_search import GlobalSearch

__all__ = ["GlobalSearch"]
