"""Actor search: the full-text index actor_names finds a few candidates (fuzzy and prefix
terms of the folded words), then they are scored here as before (exact name or alias first,
else rapidfuzz's partial ratio), so no request reads every actor."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from app.models import ActorMatch
from ingest.dictionary import fold

WORD = re.compile(r"\w+")
CANDIDATES = 100  # full-text hits scored per request; the best `limit` of them are answered
FUZZY_CUTOFF = 80


def lucene_query(key: str) -> str | None:
    """Fuzzy (edit distance up to 2) and prefix terms for each word of a folded name; None
    when it has no word. Words are \\w+ runs, so no Lucene syntax gets through."""
    words = WORD.findall(key)
    return " ".join(f"{w}~ {w}*" for w in words) or None


def exact_matches(rows: list[dict], text: str, key: str) -> list[dict]:
    return [r for r in rows if r["id"] == text or key in r["search"]]


def best_matches(rows: list[dict], text: str, limit: int,
                 fuzzy: bool) -> tuple[list[ActorMatch], bool]:
    """Exact matches (an id, or a name or alias equal once folded) if any, else the fuzzy
    ones scoring at least FUZZY_CUTOFF, best first; and whether more matched than `limit`."""
    key = fold(text)
    exact = exact_matches(rows, text, key)
    if exact or not fuzzy:
        exact = sorted(exact, key=lambda r: r["id"] != text)
        return ([ActorMatch(id=r["id"], name=r["name"], kind=r["kind"], score=100.0)
                 for r in exact[:limit]], len(exact) > limit)
    scored = [(fuzz.partial_ratio(key, " | ".join(r["search"])), r) for r in rows]
    scored = sorted((s for s in scored if s[0] >= FUZZY_CUTOFF), key=lambda s: -s[0])
    return ([ActorMatch(id=r["id"], name=r["name"], kind=r["kind"], score=round(score, 1))
             for score, r in scored[:limit]], len(scored) > limit)
