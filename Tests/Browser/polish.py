"""Polish alphabetical order, written here from the alphabet rather than taken from zitdocs, so
the browser test checks the documents' order against an independent statement of the rule."""

import unicodedata

ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
_POLISH_LETTERS = set("ąćęłńóśźż")


def _primary(text: str) -> tuple:
    """Letters in Polish order, case-insensitive; hyphens and apostrophes ignored (as in
    dictionaries: "Kaczmarek" < "Kaczmarek-Dębski" < "Kaczmarka"); a space sorts before any
    letter; foreign accents (é, ü) sort with their base letter."""
    ranks = []
    for char in text.lower():
        if char in "-'’\u2010\u2011":
            continue
        if char.isspace():
            ranks.append(-1)
            continue
        if char not in _POLISH_LETTERS:
            char = unicodedata.normalize("NFD", char)[0]
        ranks.append(_RANK.get(char, len(ALPHABET) + ord(char)))
    return tuple(ranks)


def name_key(first_name: str, last_name: str) -> tuple:
    """A person as an attendance list orders them: by surname, then first name."""
    return (_primary(last_name), _primary(first_name), last_name, first_name)
