"""The ingest's speed-ups change no result: unchanged articles are skipped before they are
parsed, spaCy parses in worker processes with the same parses, writes run behind extraction.

All articles are written for these tests. The real Neo4j test instance and spaCy are used."""

from __future__ import annotations

import copy
import json

from ingest import pipeline as pipeline_module
from ingest import writer
from ingest.clean import clean
from ingest.pipeline import Summary
from ingest.run import run_ingest

from .test_ingest_graph import assert_same, snapshot

OWN_ARTICLES = [
    {"id": "speed-1", "title": "Leaders plan talks", "published": "2019-11-20",
     "text": "Edi Rama will meet Zoran Zaev in Ohrid in December. The two prime ministers "
             "plan to discuss the regional market and energy."},
    {"id": "speed-2", "title": "Talks in Ohrid", "published": "2019-12-20",
     "text": "Edi Rama met Zoran Zaev in Ohrid on December 14. Rama said Albania supports "
             "the opening of accession talks for North Macedonia."},
    {"id": "speed-3", "title": "Belgrade visit", "published": "2022-06-10",
     "text": "Aleksandar Vucic hosted Edi Rama in Belgrade on Thursday.\n\nThe two leaders "
             "discussed trade, and Vucic thanked Rama for his support of the Open Balkan "
             "initiative."},
    {"id": "speed-4", "title": "Phone call", "published": "2021-03-02",
     "text": "Sergei Lavrov spoke by telephone with Nikola Selakovic on Monday. The ministers "
             "discussed Kosovo and preparations for a visit to Belgrade next month."},
]


def with_processes(pipeline, processes: int):
    """The session's pipeline with another INGEST_PROCESSES."""
    runner = copy.copy(pipeline)
    runner.settings = pipeline.settings.model_copy(update={"ingest_processes": processes})
    return runner


def write_jsonl(folder, articles) -> None:
    (folder / "own.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))


def ingest(runner, folder) -> Summary:
    summary = Summary()
    assert run_ingest(runner, [str(folder)], summary) == 0, summary.problems
    return summary


def test_unchanged_articles_are_not_parsed_and_a_changed_one_is(empty_graph, pipeline,
                                                                 tmp_path, monkeypatch):
    runner = with_processes(pipeline, 0)  # parsed in this process, where it can be watched
    write_jsonl(tmp_path, OWN_ARTICLES)
    assert ingest(runner, tmp_path).written == len(OWN_ARTICLES)
    parsed: list[str] = []
    original = pipeline_module.cached_annotate

    def watched(nlp, paragraphs, *args):
        parsed.append(paragraphs[0])
        return original(nlp, paragraphs, *args)

    monkeypatch.setattr(pipeline_module, "cached_annotate", watched)
    again = ingest(runner, tmp_path)
    assert (again.unchanged, again.written, parsed) == (len(OWN_ARTICLES), 0, [])
    changed = [dict(a) for a in OWN_ARTICLES]
    changed[2]["text"] = changed[2]["text"].replace("Thursday", "Friday")
    write_jsonl(tmp_path, changed)
    third = ingest(runner, tmp_path)
    assert (third.unchanged, third.written, parsed) == (len(OWN_ARTICLES) - 1, 1, ["Belgrade visit"])


def test_worker_parses_extract_the_same(pipeline):
    pool = with_processes(pipeline, 2).parse_pool()
    articles = [clean_article(a) for a in OWN_ARTICLES]
    in_process = [pipeline.extract(a).model_dump(mode="json") for a in articles]
    parses = pool.parse(articles, lambda a: a.paragraphs, 60.0)
    in_workers = [pipeline.extract(a, parsed=p).model_dump(mode="json") for a, p in parses]
    assert in_workers == in_process
    assert any(record["events"] for record in in_process)


def test_worker_processes_leave_the_same_graph(empty_graph, settings, pipeline, tmp_path):
    write_jsonl(tmp_path, OWN_ARTICLES)
    ingest(with_processes(pipeline, 0), tmp_path)
    sequential = snapshot(empty_graph, settings)
    empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    ingest(with_processes(pipeline, 2), tmp_path)
    assert_same(snapshot(empty_graph, settings), sequential)
    meetings = empty_graph.execute_query(
        "MATCH (m:Meeting) RETURN count(m) AS n", database_=settings.neo4j_database).records
    assert meetings[0]["n"] >= 2


def clean_article(item: dict):
    from datetime import date

    from ingest.models import RawArticle

    return clean(RawArticle(id=item["id"], source=item["id"], title=item["title"],
                            text=item["text"], published=date.fromisoformat(item["published"])))


def test_waiting_articles_share_one_transaction_and_a_failing_one_fails_alone(
        empty_graph, settings, pipeline, dictionary, monkeypatch):
    items = [(article, pipeline.extract(article))
             for article in (clean_article(a) for a in OWN_ARTICLES[:3])]
    transactions = []
    original_run = writer.run_managed

    def counted(*args):
        transactions.append(args[3].__name__)
        return original_run(*args)

    monkeypatch.setattr(writer, "run_managed", counted)
    results = writer.write_many(empty_graph, settings, items, dictionary)
    assert [r.skipped for r in results] == [False] * 3 and transactions == ["write_articles"]
    empty_graph.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    original_rows = writer.stance_rows

    def poisoned(extraction, article_id):  # fails after the article's events were written
        if article_id == "speed-2":
            raise RuntimeError("injected failure")
        return original_rows(extraction, article_id)

    monkeypatch.setattr(writer, "stance_rows", poisoned)
    transactions.clear()
    results = writer.write_many(empty_graph, settings, items, dictionary)
    assert isinstance(results[1], RuntimeError) and not results[0].skipped and not results[2].skipped
    assert transactions == ["write_articles", "write_article", "write_article", "write_article"]
    ids = {r["id"] for r in empty_graph.execute_query(
        "MATCH (a:Article) RETURN a.id AS id", database_=settings.neo4j_database).records}
    evidence = {r["id"] for r in empty_graph.execute_query(
        "MATCH (e:Evidence) RETURN e.article_id AS id", database_=settings.neo4j_database).records}
    assert ids == {"speed-1", "speed-3"} and "speed-2" not in evidence
