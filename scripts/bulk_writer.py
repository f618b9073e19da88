"""The writer's own statements for many articles at once: `ingest.writer.write_article` runs
against a transaction that records its statements (cypher file and parameters) instead of
running them, and each cypher file is then run once for the whole batch, its text wrapped
in `UNWIND $items AS item` with `$name` read as `item.name`.

Why: the writer runs about ten statements per article; on this 2-core machine, shared,
that is 2-10 articles/s, hours for 33k articles. Batched, the graph gets the same nodes,
relationships and properties from the same cypher files in the same order, much faster.
What differs: a coarse-dated meeting that would join a day-dated meeting written earlier in
the same batch stays apart (`meeting_candidates` sees the graph as it was at the batch's
start), and a changed article is written alone by the writer itself (it must clear first).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from graphlib import TopologicalSorter

import neo4j

from ingest.writer import refresh, write_article
from srk.cypher import CYPHER_DIR, query

IMMEDIATE = {"meeting_candidates"}  # reads whose answer decides what the writer writes next
PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")
CARRY = re.compile(r"\b(WITH|RETURN)\s+(DISTINCT\s+)?", re.IGNORECASE)


@cache
def names_by_text() -> dict[str, str]:
    return {query(p.stem): p.stem for p in CYPHER_DIR.glob("*.cypher")}


def unwound(name: str) -> str:
    """The cypher file `name` run once per item of `$items`: parameters read from the item,
    and the item carried through every top-level WITH and RETURN (nested subqueries import
    what they use, which never includes a parameter)."""
    lines = [line for line in query(name).splitlines() if not line.lstrip().startswith("//")]
    text, depth, out = PARAMETER.sub(r"item.\1", "\n".join(lines)), 0, []
    for piece in re.split(r"([{}])", text):
        if piece in "{}" and piece:
            depth += 1 if piece == "{" else -1
            out.append(piece)
        else:
            out.append(CARRY.sub(lambda m: f"{m.group(1)} {m.group(2) or ''}item, ", piece)
                       if depth == 0 else piece)
    return "UNWIND $items AS item\n" + "".join(out)


class NoResult:
    """What a deferred statement answers: no record (as for an article never written)."""

    def single(self) -> None:
        return None

    def consume(self) -> None:
        return None

    def __iter__(self):
        return iter(())


class DeferredTx:
    """Stands in for the writer's transaction and records its statements by cypher name."""

    def __init__(self, tx: neo4j.ManagedTransaction):
        self.tx = tx
        self.calls: dict[str, list[dict]] = defaultdict(list)
        self.order = TopologicalSorter()  # each article's statements in the writer's order
        self.seen: list[str] = []  # this article's statements so far

    def next_article(self) -> None:
        self.seen = []

    def run(self, text: str, parameters: dict | None = None, **params):
        name = names_by_text()[text]
        if name in IMMEDIATE:
            return self.tx.run(text, parameters, **params)
        self.calls[name].append({**(parameters or {}), **params})
        if name not in self.seen:  # a statement run again (once per event) keeps its place
            self.order.add(name, *self.seen[-1:])
            self.seen.append(name)
        return NoResult()

    def batches(self) -> list[tuple[str, list[dict]]]:
        """Each cypher file with all its items, in an order every article agrees with (an
        article that writes no stance skips stances_write, yet its keys come after them)."""
        return [(name, self.calls[name]) for name in self.order.static_order()]


def stored_hashes(tx: neo4j.ManagedTransaction, ids: list[str]) -> dict[str, str | None]:
    """Take each article's write lock (the writer's article_lock) and read its hash."""
    records = tx.run(unwound("article_lock"), items=[{"id": i} for i in ids])
    return {r["item"]["id"]: r["content_hash"] for r in records}


def write_many(tx: neo4j.ManagedTransaction, batch: list, dictionary) -> tuple[int, int]:
    """Write `batch` [(article, extraction)...] in this transaction; (written, unchanged)."""
    hashes = stored_hashes(tx, [article.id for article, _ in batch])
    deferred, written = DeferredTx(tx), 0
    for article, extraction in batch:
        stored = hashes.get(article.id)
        if stored == article.content_hash:
            continue
        written += 1
        deferred.next_article()
        write_article(tx if stored else deferred, article, extraction, dictionary)
    absorbed: set[str] = set()
    for name, items in deferred.batches():
        if name == "article_lock":  # taken above
            continue
        records = tx.run(unwound(name), items=items)
        if name == "meeting_absorb":
            absorbed |= {i for r in records for i in (r["absorbed"] or [])}
        else:
            records.consume()
    if absorbed:  # as the writer does: their reports moved, recompute both sides
        reported = {e["meeting_id"] for item in deferred.calls.get("events_write", [])
                    for e in item["events"]}
        refresh(tx, absorbed | reported)
    return written, len(batch) - written
