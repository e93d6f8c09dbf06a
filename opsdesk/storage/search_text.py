"""Text for the local full-text indexes.

The trigram index (FTS5 `trigram`) finds any substring of three or more characters. Chinese
searches are very often two characters (大屏, 空调, 黑屏), which a trigram index cannot answer; a
second index holds every adjacent pair of characters as a token, so those are index look-ups too
instead of a scan of every ticket.
"""

from __future__ import annotations

from itertools import pairwise


def bigrams(text: str | None) -> str:
    """Every distinct pair of adjacent word characters, lower-cased, separated by spaces.

    Registered as the SQLite function `opsdesk_bigrams` (storage.engine) and called by the index's
    triggers, so every writer keeps the index current.
    """
    if not text:
        return ""
    s = text.lower()
    seen: dict[str, None] = {}
    for a, b in pairwise(s):
        if a.isalnum() and b.isalnum():
            seen[a + b] = None
    return " ".join(seen)


def is_bigram_query(term: str) -> bool:
    """A term the bigram index answers exactly: two word characters."""
    return len(term) == 2 and term.isalnum()


SQLITE_FUNCTIONS = {"opsdesk_bigrams": (1, bigrams)}


def register_functions(dbapi_conn) -> None:
    for name, (nargs, fn) in SQLITE_FUNCTIONS.items():
        dbapi_conn.create_function(name, nargs, fn, deterministic=True)
