"""The stance tests' view of an extraction: (holder, polarity, target, topic) tuples."""

from __future__ import annotations


def stances(extract_text, body: str, headline: str = "News") -> list[tuple]:
    """The stances of a one-article text written for a test (published 2023-06-01)."""
    found = extract_text(f"{headline}\n\n{body}", "2023-06-01").stances
    return [(s.holder.name, s.polarity.value, s.target.name if s.target else None, s.topic)
            for s in found]
