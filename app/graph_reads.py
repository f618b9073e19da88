"""Reads behind GET /network (and its GraphML/GEXF exports) and GET /search. No FastAPI
here; every query is a named file in cypher/, run with parameters in a read transaction."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

from app.graph_models import NetworkEdge, NetworkNode, NetworkPublic, SearchHit, SearchPage
from app.read_cache import CachedReads

LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
WORD = re.compile(r"\w+")
PASSAGE = 80  # characters of an article's text shown on each side of the first matching word


@dataclass(frozen=True)
class NetworkFilter:
    topic: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None

    def params(self) -> dict:
        return {"topic": self.topic, "actor": self.actor,
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None}


def lucene_terms(text: str) -> str:
    """The user's words as plain Lucene terms (any of them matches): Lucene's special
    characters read as spaces and its operators (AND, OR, NOT) lower-cased into words, so no
    input can make a query the parser refuses ("title:Sochi" looks for title and Sochi)."""
    return LUCENE_SPECIAL.sub(" ", text.lower())


def iso(value) -> str | None:
    return value.iso_format() if hasattr(value, "iso_format") else value


def passage(text: str, query: str) -> tuple[int, int]:
    """Offsets of a passage of `text` around the first word of `query` found in it."""
    folded = text.casefold()
    found = [i for i in (folded.find(w.casefold()) for w in WORD.findall(query)) if i >= 0]
    at = min(found) if found else 0
    start = max(0, at - PASSAGE)
    return start, min(len(text), at + PASSAGE * 2)


class GraphReads(CachedReads):

    def network(self, where: NetworkFilter, limit: int) -> NetworkPublic:
        """Pairs (most meetings first, at most `limit`) and the actors at their ends."""
        if where.date_from or where.date_to or where.actor:
            row = self.q("network_edges", **where.params(), limit=limit,
                         high=where.date_to.isoformat() if where.date_to else "9999-12-31")[0]
        else:  # the Pair nodes kept at write time, overall or on the topic
            row = self.q("network_pairs", topic=where.topic, limit=limit)[0]
        edges = [NetworkEdge(**{**e, "first": iso(e["first"]), "last": iso(e["last"])})
                 for e in row["edges"]]
        ids = sorted({e.source for e in edges} | {e.target for e in edges})
        nodes = [NetworkNode(**r) for r in self.q("network_nodes", **where.params(), ids=ids)]
        return NetworkPublic(nodes=nodes, edges=edges, truncated=row["total"] > len(edges))

    def search(self, text: str, limit: int) -> SearchPage:
        """Articles, meeting evidence and stance evidence matching `text`, best first."""
        rows = self.q("search_text", q=lucene_terms(text), limit=limit + 1)
        hits = [search_hit(r, text) for r in rows[:limit]]
        return SearchPage(items=hits, truncated=len(rows) > limit)


def search_hit(row: dict, query: str) -> SearchHit:
    article_text = row.pop("article_text")
    sentences, offsets = row.pop("sentences") or [], row.pop("offsets") or []
    if row["kind"] == "article" and article_text:
        row["start"], row["end"] = passage(article_text, query)
        row["text"] = article_text[row["start"]:row["end"]]
    elif sentences and len(sentences) == len(offsets):
        # a fact told in several sentences: the one that matches, as an exact span
        sentence, start = matching_sentence(sentences, offsets, query)
        row["text"], row["start"], row["end"] = sentence, start, start + len(sentence)
    return SearchHit(**row)


def matching_sentence(sentences: list[str], offsets: list[int], query: str) -> tuple[str, int]:
    words = [w.casefold() for w in WORD.findall(query)]
    for sentence, start in zip(sentences, offsets, strict=True):
        if any(w in sentence.casefold() for w in words):
            return sentence, start
    return sentences[0], offsets[0]


def network_graph(network: NetworkPublic) -> nx.Graph:
    """The network as a networkx graph; attributes that are null are left out (GraphML and
    GEXF have no null)."""
    graph = nx.Graph(truncated=network.truncated)
    for node in network.nodes:
        graph.add_node(node.id, **present(node.model_dump(exclude={"id"})), label=node.name)
    for edge in network.edges:
        graph.add_edge(edge.source, edge.target,
                       **present(edge.model_dump(exclude={"source", "target"})))
    return graph


def present(attributes: dict) -> dict:
    return {k: v for k, v in attributes.items() if v is not None}


def graphml(network: NetworkPublic) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(network_graph(network), out)
    return out.getvalue()


def gexf(network: NetworkPublic) -> bytes:
    out = io.BytesIO()
    nx.write_gexf(network_graph(network), out)
    return out.getvalue()
