"""Topic vocabulary (ingest/data/topics.yaml) and keyword matching."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data" / "topics.yaml"
# Topics that are about Kosovo whether or not the sentence names it.
IMPLIES_KOSOVO = {"belgrade-pristina-dialogue", "serb-municipalities"}


@lru_cache
def vocabulary() -> dict[str, dict]:
    """id -> {label, keywords}, in the file's order (specific first)."""
    data = yaml.safe_load(DATA.read_text())
    for topic_id, entry in data.items():
        if not entry.get("keywords"):
            raise ValueError(f"topic {topic_id} has no keywords")
    return data


@lru_cache
def patterns() -> dict[str, re.Pattern]:
    return {tid: re.compile(r"\b(?:" + "|".join(e["keywords"]) + r")", re.IGNORECASE)
            for tid, e in vocabulary().items()}


def topics_in(text: str) -> list[str]:
    """Topic ids named in the text, most specific first."""
    found = [tid for tid, pattern in patterns().items() if pattern.search(text)]
    if IMPLIES_KOSOVO & set(found) and "kosovo" not in found:
        found.append("kosovo")
    return found
