"""A month named with a past meeting or visit ('met Putin in Moscow in May', in a January
article) is the month before the article, not the one ahead of it; a plan keeps the one
ahead. Sentences written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest


def dates_of(extract_text, text: str, published: str):
    x = extract_text(f"News\n\n{text}", published)
    return [(e.status.value, e.date) for e in x.events]


@pytest.mark.parametrize(("text", "published", "month"), [
    ("Aleksandar Vucic met Vladimir Putin in Moscow in May.", "2019-01-17", "2018-05"),
    ("Olaf Scholz visited Belgrade in October.", "2023-02-01", "2022-10"),
    ("Milorad Dodik and Vladimir Putin had met in Kazan in November.", "2025-02-10", "2024-11"),
])
def test_a_month_told_in_the_past_is_behind_the_article(extract_text, text, published, month):
    assert dates_of(extract_text, text, published) == [("held", month)]


def test_a_planned_month_is_ahead(extract_text):
    assert dates_of(extract_text, "Aleksandar Vucic will meet Vladimir Putin in March.",
                    "2019-01-17") == [("planned", "2019-03")]


def test_a_planned_reception_told_by_a_participle_is_ahead(extract_text):
    found = dates_of(extract_text, "Aleksandar Vucic will be received by Vladimir Putin in Moscow "
                     "in March.", "2019-01-17")
    assert found == [("planned", "2019-03")]
