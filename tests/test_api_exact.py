"""Answers that are exact (issue 9, section 3, and the CSV/TSV items of section 4): evidence
offsets cut the evidence out of the served article text, no list is silently cut, `with` on
an actor's meetings, stances rolled up to a state's officials, tags, exports.

Graph: the samples and the seed articles through the real pipeline, plus three short
articles of our own written through the real writer with hand-made extractions."""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from app.main import app
from ingest.models import Actor as ExtractedActor
from ingest.models import ActorKind, Article, ArticleMeta, Evidence, Extraction, Polarity, Stance
from ingest.models import ActorRef as Ref
from ingest.pipeline import Summary
from ingest.run import run_ingest
from ingest.writer import write

from .conftest import HOW_TO_START, ROOT, SEEDS

SAMPLES = ROOT / "samples"
# (id, published, paragraphs, holder, [(paragraph, sentence) of each evidence sentence])
OWN_ARTICLES = [
    ("own-ivanov-2003", "2003-05-10",
     ["Moscow, spring.", "Igor Ivanov said Russia stands by Serbia over Kosovo.",
      "Other business followed.", "Ivanov repeated that Russia stands by Serbia."],
     "igor-ivanov", [(1, 0), (3, 0)]),
    ("own-ivanov-2010", "2010-06-01",
     ["Igor Ivanov, long out of office, said Russia should back Serbia."], "igor-ivanov",
     [(0, 0)]),
    ("own-zakharova-2021", "2021-02-03",
     ["Maria Zakharova said Russia supports Serbia on Kosovo."], "maria-zakharova", [(0, 0)]),
]
NAMES = {"igor-ivanov": "Igor Ivanov", "maria-zakharova": "Maria Zakharova",
         "serbia": "Serbia"}


def own_article(article_id: str, published: str, paragraphs: list[str], holder: str,
                where: list[tuple[int, int]]) -> tuple[Article, Extraction]:
    article = Article(id=article_id, source=f"/srv/private/inbox/{article_id}.txt",
                      title=paragraphs[0], paragraphs=paragraphs,
                      published=date.fromisoformat(published), content_hash=article_id)
    body, evidence = article.body, []
    for index, _ in where:
        sentence = paragraphs[index]
        start = body.index(sentence)
        evidence.append(Evidence(text=sentence, start=start, end=start + len(sentence)))
    actors = [ExtractedActor(id=i, name=NAMES[i], kind=ActorKind.person if i != "serbia"
                             else ActorKind.country) for i in (holder, "serbia")]
    stance = Stance(holder=Ref(id=holder, name=NAMES[holder]), polarity=Polarity.support,
                    target=Ref(id="serbia", name="Serbia"), topic="kosovo", confidence=0.9,
                    evidence=evidence)
    meta = ArticleMeta(id=article_id, source=article.source, title=article.title,
                       published=published)
    return article, Extraction(article=meta, actors=actors, events=[], stances=[stance])


@pytest.fixture(scope="module")
def client(driver, settings, pipeline, dictionary):
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    assert run_ingest(pipeline, [str(SAMPLES), str(SEEDS)], Summary()) == 0
    for row in OWN_ARTICLES:
        write(driver, settings, *own_article(*row), dictionary)
    app.dependency_overrides.clear()
    with TestClient(app) as test_client:
        yield test_client


def every_page(client, path: str, **params) -> tuple[list, int]:
    """All items of a paged list, following `next_cursor`, and the total it announced."""
    items, cursor, total = [], None, None
    while True:
        response = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        total = page["total"] if total is None else total
        assert page["total"] == total
        if not (cursor := page["next_cursor"]):
            return items, total


# -- 1. evidence offsets are exact ---------------------------------------------------------

def test_every_evidence_is_an_exact_slice_of_the_served_text(client):
    meetings, _ = every_page(client, "/meetings", limit=200)
    stances, _ = every_page(client, "/stances", limit=200)
    sources = [s for m in meetings for s in m["sources"]] + [s["source"] for s in stances]
    texts: dict[str, str] = {}
    wrong = []
    for source in sources:
        if source["article_id"] not in texts:
            texts[source["article_id"]] = client.get(f"/articles/{source['article_id']}"
                                                     ).json()["text"]
        text = texts[source["article_id"]]
        if text[source["start"]:source["end"]] != source["evidence"]:
            wrong.append((source["article_id"], source["evidence"][:60]))
        wrong += [(source["article_id"], span["text"][:60]) for span in source["spans"]
                  if text[span["start"]:span["end"]] != span["text"]]
    assert not wrong
    assert all(s["spans"] and s["spans"][0]["text"] == s["evidence"] for s in sources)
    several = [s for s in sources if len(s["spans"]) > 1]
    assert len(sources) >= 30 and len(several) >= 5  # facts told in several sentences
    assert {s["article_id"] for s in sources} >= {"own-ivanov-2003", "sample-2022-lavrov-selakovic"}
    seeds = {a["id"] for a in every_page(client, "/articles", limit=200)[0]
             if re.fullmatch(r"[0-9]{3}_[0-9a-f]+[.]txt", a["source"])}
    assert len(seeds & set(texts)) == 5  # every seed article has checked evidence


def test_served_sources_are_file_names_not_server_paths(client):
    articles, _ = every_page(client, "/articles", limit=200)
    assert articles and all("/" not in (a["source"] or "") for a in articles)
    own = client.get("/articles/own-ivanov-2003").json()
    assert own["source"] == "own-ivanov-2003.txt"
    assert own["stances"][0]["source"]["source"] == "own-ivanov-2003.txt"


# -- 2. nothing silently cut -------------------------------------------------------------

def item_key(path: str, item: dict):
    keys = {"/timeline": lambda d: tuple(m["id"] for m in d["meetings"]),
            "/who-met-whom": lambda p: (p["a"]["id"], p["b"]["id"]),
            "/actors/aleksandar-vucic/network": lambda c: c["counterpart"]["id"]}
    return keys.get(path, lambda x: x["id"])(item)


@pytest.mark.parametrize("path", ["/timeline", "/who-met-whom", "/actors/aleksandar-vucic/network",
                                  "/stances", "/articles", "/actors/igor-ivanov/stances",
                                  "/actors/vladimir-putin/meetings"])
def test_small_pages_add_up_to_the_whole_list(client, path):
    everything = client.get(path, params={"limit": 200}).json()
    whole = [item_key(path, i) for i in everything["items"]]
    assert everything["next_cursor"] is None and len(whole) >= 2
    paged, total = every_page(client, path, limit=1)
    keys = [item_key(path, i) for i in paged]
    if path == "/timeline":  # counted in meetings; a day may go on in the next page
        whole, keys = [m for d in whole for m in d], [m for d in keys for m in d]
    assert keys == whole and len(set(keys)) == len(keys) == total == everything["total"]


def test_timeline_total_counts_meetings_and_pages_lose_none(client):
    everything = client.get("/timeline", params={"limit": 200}).json()
    meetings = [m["id"] for d in everything["items"] for m in d["meetings"]]
    assert everything["total"] == len(meetings) == len(set(meetings)) > 3
    first = client.get("/timeline", params={"limit": 2}).json()
    assert sum(len(d["meetings"]) for d in first["items"]) == 2 and first["next_cursor"]


def test_a_cursor_belongs_to_its_list(client):
    cursor = client.get("/stances", params={"limit": 1}).json()["next_cursor"]
    assert client.get("/articles", params={"cursor": cursor}).status_code == 422
    assert client.get("/meetings", params={"cursor": cursor}).status_code == 422
    meeting_cursor = client.get("/meetings", params={"limit": 1}).json()["next_cursor"]
    assert client.get("/stances", params={"cursor": meeting_cursor}).status_code == 422
    tampered = cursor[:-3] + ("AAA" if not cursor.endswith("AAA") else "BBB")
    assert client.get("/stances", params={"cursor": tampered}).status_code == 422


def test_who_met_whom_caps_meetings_per_pair_but_counts_them_all(client):
    full = {item_key("/who-met-whom", p): p for p in
            client.get("/who-met-whom", params={"limit": 200}).json()["items"]}
    capped = client.get("/who-met-whom", params={"limit": 200, "per_pair": 1}).json()["items"]
    busy = [p for p in capped if p["meetings"] > 1]
    assert busy
    for pair in capped:
        whole = full[item_key("/who-met-whom", pair)]
        assert pair["meetings"] == whole["meetings"] == len(whole["items"])
        assert len(pair["items"]) == 1 and pair["items_truncated"] == (pair["meetings"] > 1)
        assert pair["items"][0]["id"] == whole["items"][0]["id"]


@pytest.mark.parametrize("path", ["/meetings.csv", "/events.tsv"])
def test_exports_say_when_cut_and_continue_by_cursor(client, path):
    def rows(response):
        delimiter = "\t" if path.endswith("tsv") else ","
        return list(csv.reader(io.StringIO(response.text), delimiter=delimiter))[1:]

    whole = client.get(path)
    assert whole.headers["x-result-truncated"] == "false" and "x-next-cursor" not in whole.headers
    meeting_column = 0 if path.endswith("csv") else 9
    everything = [r[meeting_column] for r in rows(whole)]
    seen, cursor = [], None
    while True:
        part = client.get(path, params={"limit": 2, **({"cursor": cursor} if cursor else {})})
        seen += [r[meeting_column] for r in rows(part)]
        cursor = part.headers.get("x-next-cursor")
        assert part.headers["x-result-truncated"] == ("true" if cursor else "false")
        if not cursor:
            break
    assert seen == everything and len(set(seen)) == len(set(everything)) > 2


# -- 3. an actor's meetings with a counterpart ----------------------------------------------

def test_actor_meetings_with_a_counterpart(client):
    everyone = client.get("/actors/aleksandar-vucic/meetings", params={"limit": 200}).json()
    with_putin = client.get("/actors/aleksandar-vucic/meetings",
                            params={"with": "Putin", "limit": 200}).json()
    assert 0 < with_putin["total"] < everyone["total"]
    assert all("vladimir-putin" in {p["id"] for p in m["participants"]}
               for m in with_putin["items"])
    same = client.get("/meetings", params={"actor": "aleksandar-vucic", "with": "putin",
                                           "limit": 200}).json()
    assert [m["id"] for m in same["items"]] == [m["id"] for m in with_putin["items"]]
    unknown = client.get("/actors/aleksandar-vucic/meetings", params={"with": "Nobody Atall"})
    assert unknown.status_code == 404


# -- 4. stances roll up to states ------------------------------------------------------------

def test_stances_of_a_state_include_its_officials_of_the_day(client):
    def articles(params):
        items, _ = every_page(client, "/stances", limit=200, **params)
        return {(s["holder"]["id"], s["source"]["article_id"]) for s in items}

    alone = articles({"holder": "russia"})
    rolled = articles({"holder": "russia", "include_officials": "true"})
    assert alone < rolled and all(h == "russia" for h, _ in alone)
    assert ("igor-ivanov", "own-ivanov-2003") in rolled  # foreign minister then
    assert ("maria-zakharova", "own-zakharova-2021") in rolled
    assert ("igor-ivanov", "own-ivanov-2010") not in rolled  # out of office by then
    assert all(h != "ivica-dacic" for h, _ in rolled)
    serbia = articles({"holder": "serbia", "include_officials": "true"})
    assert not {a for _, a in serbia} & {"own-ivanov-2003", "own-zakharova-2021"}


# -- 5. tags, 6. exports ----------------------------------------------------------------------

def test_endpoints_are_grouped_by_noun(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert paths["/timeline"]["get"]["tags"] == ["timeline"]
    assert paths["/stats"]["get"]["tags"] == ["stats"]
    assert paths["/articles"]["get"]["tags"] == ["articles"]
    assert paths["/stances"]["get"]["tags"] == ["stances"]
    assert paths["/who-met-whom"]["get"]["tags"] == ["meetings"]


def test_meetings_csv_has_dates_text_cameo_and_is_an_attachment(client):
    response = client.get("/meetings.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="meetings.csv"'
    table = list(csv.reader(io.StringIO(response.text), quoting=csv.QUOTE_NONNUMERIC))
    header, rows = table[0], [dict(zip(table[0], r, strict=True)) for r in table[1:]]
    assert {"date_start", "date_end", "cameo"} <= set(header)
    sochi = next(r for r in rows if r["date"] == "2021-11-25")
    assert sochi["date_start"] == sochi["date_end"] == "2021-11-25"
    assert sochi["cameo"] == "040" and '"040"' in response.text
    assert all(isinstance(r["cameo"], str) and len(r["cameo"]) == 3 for r in rows)


def test_events_tsv_shows_no_server_paths(client):
    response = client.get("/events.tsv")
    assert response.headers["content-disposition"] == 'attachment; filename="events.tsv"'
    table = list(csv.reader(io.StringIO(response.text), delimiter="\t"))
    header, rows = table[0], table[1:]
    assert {"article_id", "article_url", "article_source"} <= set(header)
    assert rows and str(SEEDS) not in response.text and "/work/" not in response.text
    sources = {r[header.index("article_source")] for r in rows}
    assert all("/" not in s for s in sources) and any(s.endswith(".txt") for s in sources)


def test_actor_search_says_when_more_actors_matched(client):
    """A part of a name that several actors of the graph share (fuzzy, no exact match)."""
    for q in ("Vla", "Ser", "Ale", "ov"):
        wide = client.get("/actors", params={"q": q, "limit": 200}).json()
        if len(wide["items"]) >= 2:
            break
    assert len(wide["items"]) >= 2 and wide["truncated"] is False
    cut = client.get("/actors", params={"q": q, "limit": 1})
    assert cut.json()["truncated"] is True and cut.headers["X-Result-Truncated"] == "true"
    assert cut.json()["items"] == wide["items"][:1]
