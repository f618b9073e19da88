"""The validated types of the cue files' word lists (ingest/data/event_cues.yaml and
event_time_cues.yaml): a list of distinct lower-case words, words by event kind, the
prepositions a word takes, a number for a word. A typo fails on load, not silently in a rule."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

from ingest.models import EventKind


def word_list(words: Any) -> list[str]:
    """A non-empty list of distinct lower-case words or phrases (lemmas where the rule reads
    lemmas): a typo'd capital or a repeated word fails on load, not silently in a rule."""
    if not isinstance(words, list) or not words:
        raise ValueError("expected a non-empty list of words")
    bad = [w for w in words if not isinstance(w, str) or not w.strip() or w != w.strip().lower()]
    if bad:
        raise ValueError(f"write these as trimmed lower-case words: {bad}")
    repeated = sorted({w for w in words if words.count(w) > 1})
    if repeated:
        raise ValueError(f"listed more than once: {repeated}")
    return words


def kind_of_word(groups: Any) -> dict[str, str]:
    """'kind: [words]' in the file -> word -> kind; a word under two kinds fails."""
    if not isinstance(groups, dict) or not groups:
        raise ValueError("expected a non-empty mapping of event kind to words")
    kinds: dict[str, str] = {}
    for kind, words in groups.items():
        for word in word_list(words):
            if word in kinds:
                raise ValueError(f"{word!r} is listed under both {kinds[word]!r} and {kind!r}")
            kinds[word] = kind
    return kinds


def prepositions_of_word(groups: Any) -> dict[str, frozenset[str]]:
    """'preposition: [words]' in the file -> word -> the prepositions it takes."""
    if not isinstance(groups, dict) or not groups:
        raise ValueError("expected a non-empty mapping of preposition to words")
    found: dict[str, set[str]] = {}
    for prep in word_list(list(groups)):
        for word in word_list(groups[prep]):
            found.setdefault(word, set()).add(prep)
    return {word: frozenset(preps) for word, preps in found.items()}


def number_of_word(numbers: Any) -> dict[str, int]:
    """'word: number' in the file: words as in `word_list`, each a positive whole number."""
    if not isinstance(numbers, dict) or not numbers:
        raise ValueError("expected a non-empty mapping of word to number")
    word_list(list(numbers))
    bad = [w for w, n in numbers.items() if isinstance(n, bool) or not isinstance(n, int) or n < 1]
    if bad:
        raise ValueError(f"give these a positive whole number: {bad}")
    return numbers


Words = Annotated[frozenset[str], BeforeValidator(word_list)]
KindOfWord = Annotated[dict[str, EventKind], BeforeValidator(kind_of_word)]
PrepositionsOfWord = Annotated[dict[str, frozenset[str]], BeforeValidator(prepositions_of_word)]
NumberOfWord = Annotated[dict[str, int], BeforeValidator(number_of_word)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
