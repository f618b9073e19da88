"""A regex alternation of literal words, factored by common prefixes: Python's re tries the
alternatives of 'Serbia|Serbian|Russia|...' one by one at every position, which costs
thousands of tries per position for the dictionary's country names."""

from __future__ import annotations

import re
from collections.abc import Iterable

END = ""


def literal_alternation(words: Iterable[str]) -> str:
    """The same matches, under re.IGNORECASE, as the words joined longest first: at one
    position every word that can match is a prefix of the longest one that does, and the
    trie tries longer continuations before it stops. Keys are lower-cased so that 'Serbia'
    and 'serbia' share a branch (a letter whose lower case is longer is kept as it is)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            low = ch.lower()
            node = node.setdefault(low if len(low) == 1 else ch, {})
        node[END] = {}
    return render(trie)


def render(node: dict) -> str:
    branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if END in node:
        return f"(?:{body})?"
    return body
