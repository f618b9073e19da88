"""Bulleted lists (a day page's topic lines over its items, a readout's points): one
paragraph per bullet, topic lines dropped, a 'related' list still dropped whole. Needs
neither spaCy nor Neo4j."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.read import Problem, read_paths

MEETS = "Serbian President Aleksandar Vucic meets the Russian ambassador in Belgrade. (TASS)"
CALLS = ("Hungarian Foreign Minister Peter Szijjarto speaks by telephone with Sergey "
         "Lavrov about gas supplies. (Reuters)")


def paragraphs(tmp_path, body):
    (tmp_path / "p.txt").write_text(f" date 2023-05-30 Portal:Current events/2023 May 30\n\n{body}\n")
    problems: list[Problem] = []
    (article,) = read_paths([str(tmp_path)], 100_000, problems)
    return clean(article).paragraphs


@pytest.mark.parametrize("marker", ["-", "*", "•"])
def test_each_bullet_is_a_paragraph_and_topic_lines_go(tmp_path, marker):
    body = (f"International relations\n{marker} Kosovo–Serbia relations\n  {marker} {MEETS}\n"
            f"{marker} Hungary–Russia relations\n  {marker} {CALLS}")
    assert paragraphs(tmp_path, body)[1:] == [MEETS, CALLS]


def test_a_wrapped_bullet_stays_whole(tmp_path):
    cut = CALLS.index(" speaks")
    body = f"- {CALLS[:cut]}\n  {CALLS[cut:].strip()}\n- {MEETS}"
    assert paragraphs(tmp_path, body)[1:] == [CALLS, MEETS]


def test_a_related_list_is_still_dropped(tmp_path):
    body = f"{MEETS}\n\nRELATED COVERAGE\n- EU envoy urges Serbia to align with sanctions\n- {CALLS}"
    assert paragraphs(tmp_path, body)[1:] == [MEETS]


def test_one_line_per_paragraph_with_a_related_list(tmp_path):
    body = (f"{MEETS}\nThe two discussed gas supplies.\nRELATED COVERAGE\n"
            f"- EU envoy urges Serbia to align with sanctions\n- {CALLS}")
    (tmp_path / "p.txt").write_text(f"Putin meets Vucic\n{body}\n")
    problems: list[Problem] = []
    (article,) = read_paths([str(tmp_path)], 100_000, problems)
    assert clean(article).paragraphs == ["Putin meets Vucic", MEETS, "The two discussed gas supplies."]


def test_short_key_points_are_kept(tmp_path):
    body = ("Key points:\n- Vucic meets Putin in Sochi on Thursday\n"
            "- Lavrov to visit Belgrade next week\n\nThe talks lasted three hours.")
    assert paragraphs(tmp_path, body)[1:] == ["Key points:", "Vucic meets Putin in Sochi on Thursday",
                                              "Lavrov to visit Belgrade next week",
                                              "The talks lasted three hours."]


def test_related_links_in_a_list_are_dropped(tmp_path):
    body = (f"{MEETS}\n\n- Related: Serbian students march to Novi Sad\n"
            "- Read more: Hungary and Serbia sign an energy deal")
    assert paragraphs(tmp_path, body)[1:] == [MEETS]
