"""Read and clean steps on inputs written for the tests."""

from __future__ import annotations

import json

from ingest.clean import clean
from ingest.read import Problem, read_paths


def read_all(paths, max_bytes=100_000):
    problems: list[Problem] = []
    return list(read_paths([str(p) for p in paths], max_bytes, problems)), problems


def test_date_line_and_headline(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2021-05-04 Ministers meet in Vienna\n\nBody text here.\n")
    (tmp_path / "b.txt").write_text("A headline\n\nA headline\n\nThe body.\n")
    (articles, problems) = read_all([tmp_path])
    dated, undated = articles
    assert dated.published.isoformat() == "2021-05-04" and dated.title == "Ministers meet in Vienna"
    assert undated.published is None and undated.title == "A headline"
    assert clean(undated).paragraphs == ["A headline", "The body."]
    assert not problems


def test_bad_files_are_reported_not_fatal(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("Title\n\nKo\xe7ovo talks".encode("latin-1"))
    (tmp_path / "big.txt").write_text("x" * 500)
    (tmp_path / "ok.txt").write_text("Fine\n\nText.")
    articles, problems = read_all([tmp_path, tmp_path / "missing.txt"], max_bytes=200)
    assert [a.source.split("/")[-1] for a in articles] == ["latin1.txt", "ok.txt"]
    messages = {p.source.split("/")[-1]: (p.message, p.fatal) for p in problems}
    assert messages["empty.txt"][1] and messages["binary.bin"][1] and messages["big.txt"][1]
    assert "not UTF-8" in messages["latin1.txt"][0] and not messages["latin1.txt"][1]
    assert "Koçovo" in articles[0].text  # decoded by detection, not replaced
    assert messages["missing.txt"][1]


def test_jsonl_lines_are_independent(tmp_path):
    good = {"id": "x1", "title": "T", "text": "Body", "published": "2020-01-02", "url": "u"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "x2", "title": "T"}),
             json.dumps({**good, "id": "x3", "published": "someday"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines))
    articles, problems = read_all([tmp_path])
    assert [a.id for a in articles] == ["x1", "x3"]
    assert articles[0].source == "x1" and articles[0].published.isoformat() == "2020-01-02"
    assert articles[1].published is None and articles[1].warnings
    assert sum(p.fatal for p in problems) == 2


def test_related_block_and_boilerplate_are_dropped(tmp_path):
    text = ("Leaders meet\n\nPlease follow us on social media\n\nThe leaders met on Friday.\n\n"
            "Photo: Agency Two leaders shaking hands\n\nRelated articles\n\n"
            "Another leader visits Paris on Monday\n")
    (tmp_path / "r.txt").write_text(text)
    (articles, _) = read_all([tmp_path])
    cleaned = clean(articles[0])
    assert cleaned.paragraphs == ["Leaders meet", "The leaders met on Friday."]
    assert "dropped a related-articles block" in cleaned.warnings


def test_dateline_gives_a_date_to_an_undated_article(tmp_path):
    (tmp_path / "d.txt").write_text("Talks\n\nVIENNA (Agency - 3rd March, 2018) The talks began.")
    (articles, _) = read_all([tmp_path])
    cleaned = clean(articles[0])
    assert cleaned.published.isoformat() == "2018-03-03"
    assert cleaned.paragraphs[-1] == "The talks began."


def test_lone_name_lines_are_bylines(tmp_path):
    (tmp_path / "b.txt").write_text("Talks held\n\nThe talks were held on Friday.\n\nMarko Petrovic\n")
    (articles, _) = read_all([tmp_path])
    assert clean(articles[0]).paragraphs == ["Talks held", "The talks were held on Friday."]


def test_a_run_of_capitals_does_not_stall_cleaning(tmp_path):
    """Guard against regex backtracking: doubling the run must not blow up the time."""
    import time

    def seconds(length: int) -> float:
        (tmp_path / "c.txt").write_text("Shouting\n\nA calm line.\n\n" + "A" * length + "!\n")
        (articles, _) = read_all([tmp_path / "c.txt"])
        started = time.perf_counter()
        paragraphs = clean(articles[0]).paragraphs
        assert paragraphs[-1] == "A" * length + "!"  # kept: not a byline
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(4_000)
    assert large < 3 * small + 0.05, (small, large)


def test_day_page_headings_are_not_glued_to_the_item(tmp_path):
    item = ("The presidents of Chile and Peru meet in Lima and sign a fisheries accord, "
            "the first in a decade. (Agency)")
    (tmp_path / "w.txt").write_text(f" date 2015-03-02 March 2, 2015 (Monday)\n\n"
                                    f"Politics and elections\n\nChile–Peru relations\n{item}\n")
    (articles, _) = read_all([tmp_path])
    assert clean(articles[0]).paragraphs == ["March 2, 2015 (Monday)", item]


def test_hard_wrapped_lines_stay_one_paragraph(tmp_path):
    (tmp_path / "h.txt").write_text("Title\n\nA lede.\n\nThe ministers met\nin Vienna on Friday and\n"
                                    "talked about gas.\n")
    (articles, _) = read_all([tmp_path])
    assert clean(articles[0]).paragraphs[-1] == "The ministers met in Vienna on Friday and talked about gas."


def test_related_list_and_end_marks_end_the_story(tmp_path):
    for tail in ("Related articles:\nA minister visits Oslo\nTalks in Rome",
                 "More from Daily Courier\nA minister visits Oslo",
                 "___\nAgency writers in Oslo contributed to this report."):
        (tmp_path / "e.txt").write_text(f"Talks held\n\nThe talks were held on Friday.\n\n{tail}\n")
        (articles, _) = read_all([tmp_path / "e.txt"])
        assert clean(articles[0]).paragraphs == ["Talks held", "The talks were held on Friday."], tail
