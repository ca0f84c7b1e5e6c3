"""Customer cards: the list and its search, the card, duplicates and merge, import."""
