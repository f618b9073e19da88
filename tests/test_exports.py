"""Network exports (JSON, GraphML, GEXF), source URLs (header lines, index.csv) and full-text
search, against the real Neo4j test instance with samples/ and a folder written here."""

from __future__ import annotations

import io
import os
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from app.main import app
from ingest.pipeline import Summary
from ingest.read import count_articles, read_paths
from ingest.run import run_ingest

from .conftest import HOW_TO_START, ROOT

TRUNCATED = "X-Result-Truncated"
BRUSSELS = ("Vucic and Kurti meet in Brussels\n\nSerbian President Aleksandar Vucic met Kosovo "
            "Prime Minister Albin Kurti in Brussels on Monday for talks on the Kosovo dialogue.\n")
PHONE = ("url: https://example.org/own/lavrov-call\n date 2022-05-10 Lavrov phones Selakovic\n\n"
         "Russian Foreign Minister Sergey Lavrov held a telephone call with Serbian Foreign "
         "Minister Nikola Selakovic on Tuesday to talk about energy.\n")
INDEX = ("file,url,date,title,words\n"
         "brussels.txt,https://example.org/own/brussels,2023-06-26,Listed title,20\n"
         "phone.txt,https://example.org/own/overridden,2001-01-01,Another title,20\n")


def write_folder(folder: Path, with_index: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "brussels.txt").write_text(BRUSSELS)
    (folder / "phone.txt").write_text(PHONE)
    if with_index:
        (folder / "index.csv").write_text(INDEX)
    return folder


@pytest.fixture(scope="module")
def client(driver, settings, pipeline, tmp_path_factory):
    if os.environ.get("SRK_TEST_INSTANCE") != "1" or settings.neo4j_bolt_port == 7687:
        pytest.fail("refusing to wipe a database that is not the test instance; " + HOW_TO_START)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)
    own = write_folder(tmp_path_factory.mktemp("own") / "news")
    assert run_ingest(pipeline, [str(ROOT / "samples"), str(own)], Summary()) == 0
    with TestClient(app) as test_client:
        yield test_client


def article_text(driver, settings, article_id: str) -> str:
    records = driver.execute_query("MATCH (a:Article {id: $id}) RETURN a.text AS text",
                                   id=article_id, database_=settings.neo4j_database).records
    return records[0]["text"]


# -- source URLs (read step, no database) ------------------------------------------------------
def test_header_lines_win_over_index_csv_which_fills_the_rest(tmp_path):
    problems = []
    articles = {Path(a.source).name: a for a in
                read_paths([str(write_folder(tmp_path / "news"))], 1_000_000, problems)}
    assert not problems and set(articles) == {"brussels.txt", "phone.txt"}
    listed, headed = articles["brussels.txt"], articles["phone.txt"]
    assert listed.url == "https://example.org/own/brussels"
    assert listed.published.isoformat() == "2023-06-26"
    assert listed.title == "Vucic and Kurti meet in Brussels"  # the file's headline wins
    assert headed.url == "https://example.org/own/lavrov-call"  # the file's url: line wins
    assert headed.published.isoformat() == "2022-05-10" and headed.title == "Lavrov phones Selakovic"
    assert not headed.text.lstrip().startswith("url:")


def test_index_csv_changes_neither_text_nor_id(tmp_path):
    with_index = list(read_paths([str(write_folder(tmp_path / "a"))], 1_000_000, []))
    without = list(read_paths([str(write_folder(tmp_path / "b", with_index=False))], 1_000_000, []))
    assert [(a.id, a.text, a.title) for a in with_index] == [(a.id, a.text, a.title) for a in without]
    assert [a.url for a in without] == [None, "https://example.org/own/lavrov-call"]


def test_title_header_means_no_headline_line_and_bad_values_stay_text(tmp_path):
    (tmp_path / "t.txt").write_text("title: Own words\ndate: 2020-02-02\n\nFirst line of text.\n")
    (tmp_path / "u.txt").write_text("Headline\nurl: not a link\nBody.\n")
    (tmp_path / "index.csv").write_text("file,url,date,title\nu.txt,,someday,\n")
    problems = []
    titled, plain = read_paths([str(tmp_path)], 1_000_000, problems)
    assert (titled.title, titled.published.isoformat()) == ("Own words", "2020-02-02")
    assert titled.text.strip() == "First line of text."
    assert plain.url is None and plain.text == "url: not a link\nBody."
    assert any("index.csv date" in w for w in plain.warnings)


def test_a_broken_index_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\nText.\n")
    (tmp_path / "index.csv").write_text("name,url\na.txt,https://example.org/a\n")
    problems = []
    articles = list(read_paths([str(tmp_path)], 1_000_000, problems))
    assert len(articles) == 1 and articles[0].url is None
    assert [(p.label, "no 'file' column" in p.message) for p in problems] == [("warning", True)]


def test_progress_total_counts_articles(tmp_path):
    write_folder(tmp_path)
    (tmp_path / "more.jsonl").write_text('{"id": "1"}\n\n{"id": "2"}\n')
    assert count_articles([str(tmp_path)]) == 4  # two files, two JSON lines; index.csv is not one
    assert count_articles([str(tmp_path), "-"]) is None


def test_every_source_links_to_its_original(client):
    meetings = client.get("/meetings", params={"actor": "albin-kurti", "with": "aleksandar-vucic",
                                               "from": "2023-06-26", "to": "2023-06-26"}).json()
    urls = {s["url"] for m in meetings["items"] for s in m["sources"]}
    assert urls == {"https://example.org/own/brussels"}
    calls = client.get("/meetings", params={"actor": "sergey-lavrov", "kind": "call",
                                            "from": "2022-05-10", "to": "2022-05-10"}).json()
    assert {s["url"] for m in calls["items"] for s in m["sources"]} == {
        "https://example.org/own/lavrov-call"}


# -- network ------------------------------------------------------------------------------------
def edge_key(edge: dict) -> frozenset:
    return frozenset((edge["source"], edge["target"]))


def test_network_holds_pairs_and_their_actors(client):
    response = client.get("/network")
    assert response.status_code == 200 and response.headers[TRUNCATED] == "false"
    network = response.json()
    assert network["truncated"] is False
    nodes = {n["id"]: n for n in network["nodes"]}
    edges = {edge_key(e): e for e in network["edges"]}
    vp = edges[frozenset(("aleksandar-vucic", "vladimir-putin"))]
    assert vp["meetings"] >= 1 and vp["first"] <= vp["last"]
    assert {i for e in edges for i in e} == set(nodes)
    for edge in network["edges"]:
        assert edge["source"] < edge["target"]
        assert nodes[edge["source"]]["meetings"] >= edge["meetings"]
    assert nodes["aleksandar-vucic"]["name"] and nodes["aleksandar-vucic"]["kind"] == "person"


def test_network_filters(client):
    everything = {edge_key(e): e for e in client.get("/network").json()["edges"]}
    centred = client.get("/network", params={"actor": "Vucic"}).json()
    assert {n["id"] for n in centred["nodes"]} >= {"aleksandar-vucic", "albin-kurti"}
    assert frozenset(("nikola-selakovic", "sergey-lavrov")) not in {edge_key(e) for e in centred["edges"]}
    assert all(edge_key(e) in everything for e in centred["edges"])
    recent = client.get("/network", params={"from": "2023-01-01"}).json()
    assert recent["edges"] and all(e["last"] and e["last"] >= "2023-01-01" for e in recent["edges"])
    kosovo = client.get("/network", params={"topic": "kosovo"}).json()
    assert 0 < len(kosovo["edges"]) <= len(everything)
    assert client.get("/network", params={"actor": "nobody-at-all"}).status_code == 404
    assert client.get("/network", params={"topic": "no-such-topic"}).status_code == 404
    assert client.get("/network", params={"from": "2024-01-01", "to": "2023-01-01"}).status_code == 422


def test_network_says_when_it_is_cut(client):
    response = client.get("/network", params={"limit": 1})
    assert response.headers[TRUNCATED] == "true"
    network = response.json()
    assert network["truncated"] is True and len(network["edges"]) == 1
    assert {n["id"] for n in network["nodes"]} == set(edge_key(network["edges"][0]))
    assert client.get("/network.graphml", params={"limit": 1}).headers[TRUNCATED] == "true"


def as_networkx(client, path: str, params: dict) -> nx.Graph:
    response = client.get(path, params=params)
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    reader = nx.read_graphml if path.endswith("graphml") else nx.read_gexf
    return reader(io.BytesIO(response.content))


@pytest.mark.parametrize("params", [{}, {"topic": "kosovo"}, {"actor": "vladimir-putin"},
                                    {"from": "2020-01-01", "to": "2023-12-31"}, {"limit": 2}])
@pytest.mark.parametrize("path", ["/network.graphml", "/network.gexf"])
def test_graphml_and_gexf_hold_the_same_network_as_json(client, path, params):
    network = client.get("/network", params=params).json()
    graph = as_networkx(client, path, params)
    assert graph.number_of_nodes() == len(network["nodes"]) > 0
    for node in network["nodes"]:
        data = graph.nodes[node["id"]]
        assert (data["label"], data["kind"], int(data["meetings"])) == (
            node["name"], node["kind"], node["meetings"])
    assert {frozenset(e) for e in graph.edges} == {edge_key(e) for e in network["edges"]}
    for edge in network["edges"]:
        data = graph.edges[edge["source"], edge["target"]]
        assert int(data["meetings"]) == edge["meetings"]
        assert (data.get("first"), data.get("last")) == (edge["first"], edge["last"])


# -- full-text search ---------------------------------------------------------------------------
def test_search_finds_evidence_and_articles(client, driver, settings):
    response = client.get("/search", params={"q": "Brussels"})
    assert response.status_code == 200 and response.headers[TRUNCATED] == "false"
    hits = response.json()["items"]
    meeting = next(h for h in hits if h["kind"] == "meeting")
    assert meeting["meeting_id"] and "Brussels" in meeting["text"]
    meeting_text = article_text(driver, settings, meeting["article_id"])
    assert meeting_text[meeting["start"]:meeting["end"]] == meeting["text"]
    assert meeting["url"] == "https://example.org/own/brussels"
    article = next(h for h in hits if h["kind"] == "article")
    text = article_text(driver, settings, article["article_id"])
    assert text[article["start"]:article["end"]] == article["text"] and "Brussels" in article["text"]
    stances = client.get("/search", params={"q": "supports Serbia position"}).json()["items"]
    assert any(h["kind"] == "stance" and h["stance_id"] for h in stances)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_says_when_it_is_cut(client):
    response = client.get("/search", params={"q": "Vucic Putin Lavrov", "limit": 1})
    assert response.json()["truncated"] is True and response.headers[TRUNCATED] == "true"
    assert len(response.json()["items"]) == 1


@pytest.mark.parametrize("q", ["Sochi AND", "Sochi OR NOT", '"Sochi', "Soch*", "Sochi~",
                               "title:Sochi", "(Sochi", "[Sochi TO Z]", "\\Sochi", "/Soch.*/",
                               "Sochi^4", "Sochi && || !", "a:b:c", "Sochi {", "-Sochi"])
def test_lucene_syntax_never_fails_the_query(client, q):
    response = client.get("/search", params={"q": q})
    assert response.status_code == 200, response.text
    if "Sochi" in q:
        assert any("Sochi" in (h["text"] or h["title"] or "") for h in response.json()["items"])


@pytest.mark.parametrize("q", ["", "   ", "_", '+-&&||!(){}[]^"~*?:\\/'])
def test_search_without_a_word_is_422(client, q):
    assert client.get("/search", params={"q": q}).status_code == 422


def test_search_takes_words_of_any_script_and_the_schema_says_so(client):
    """The schema must not promise less than the API takes: no ASCII-only \\w pattern on q."""
    assert client.get("/search", params={"q": "Вучич Путин"}).status_code == 200
    parameters = client.get("/openapi.json").json()["paths"]["/search"]["get"]["parameters"]
    q = next(p for p in parameters if p["name"] == "q")
    assert "pattern" not in q["schema"]
