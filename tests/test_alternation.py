"""The prefix-factored alternation of literal names finds what the longest-first one finds."""

import random
import re

from ingest.alternation import literal_alternation

NAMES = ["Serbia", "Serbian", "serbia", "Serb", "Russia", "Russian Federation", "U.S.",
         "U.S.A.", "US", "Kosovo", "Kosovo*", "Bosnia and Herzegovina", "Bosnia", "EU",
         "European Union", "Côte d'Ivoire", "Đakovica"]


def longest_first(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def test_same_matches_as_the_longest_first_alternation():
    texts = ["Serbian and Russian Federation officials met in Kosovo* with U.S.A. envoys",
             "the serbia-kosovo talks", "BOSNIA AND HERZEGOVINA's EU path", "US.S.",
             "Côte d'Ivoire, Đakovica and the Serbs", ""]
    rng = random.Random(7)
    texts += ["".join(rng.choice("SerbiaRusnKoUS. ") for _ in range(60)) for _ in range(200)]
    for wrap in (r"\b(?:{})\b", r"(?P<name>{})\s+", r"(?:{})"):
        old = re.compile(wrap.format(longest_first(NAMES)), re.IGNORECASE)
        new = re.compile(wrap.format(literal_alternation(NAMES)), re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]


def test_factored_pattern_is_shorter():
    assert len(literal_alternation(NAMES)) < len(longest_first(NAMES))
