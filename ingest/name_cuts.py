"""Where a name the NER spans runs past the person: into the next sentence after a letter
with a full stop ('Sputnik V. Vucic said'), or on into 'for Prague'."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from ingest.dictionary import fold
from ingest.name_words import INITIAL, is_name_word


def before_a_connector(segment: list[Span], connectors: Collection[str]) -> list[Span]:
    """'Jan Novak for Prague': the words before the first lower-case connector ('for',
    'of') of a span whose end holds no name."""
    for k, word in enumerate(segment):
        if k and word.text in connectors:
            return segment[:k]
    return []


def after_a_full_stop(segment: list[Span], tail: list[Span], first_names: Collection[str],
                      is_title: Callable[[Token], bool]) -> list[Span]:
    """'ordered the Sputnik V. Vucic said': a capital letter with a full stop after a word
    that is no first name nor title ends a sentence; the name starts after it."""
    offset = len(segment) - len(tail)
    for k in range(len(tail) - 2, -1, -1):
        word, before = tail[k].text, segment[offset + k - 1] if offset + k else None
        if (before is not None and len(word) == 2 and word.endswith(".")
                and INITIAL.fullmatch(word) and is_name_word(before.text)
                and fold(before.text) not in first_names and not INITIAL.fullmatch(before.text)
                and not is_title(before.root)):
            return tail[k + 1:]
    return tail
