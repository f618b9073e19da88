"""Write step: one transaction per article, batched with UNWIND, MERGE on unique keys.

An unchanged article (same content hash) is skipped; a changed one first loses exactly its
own contributions. Meetings are shared across articles: the key of a Meeting is its
participants, the kind family (call / in person) and the day, so reports of one meeting by
several articles land on one node.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import neo4j

from ingest.dictionary import Dictionary, fold
from ingest.merge import family
from ingest.models import Article, Event, Extraction
from ingest.topics import vocabulary
from srk.cypher import query
from srk.db import ensure_schema, run_managed
from srk.settings import Settings

DATE_RANK = {"day": 0, "interval": 1, "day-no-year": 2, "month": 3, "month-no-year": 4,
             "year": 5, "unknown": 6}


@dataclass
class WriteResult:
    skipped: bool
    meetings: int = 0
    stances: int = 0


def digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:20]


def pair_key(event: Event) -> str:
    return ",".join(sorted(p.id for p in event.participants))


def meeting_id(event: Event, article_id: str) -> str:
    """Day-dated meetings are keyed by day; undated ones stay within their article."""
    key = pair_key(event)
    if event.date_precision == "day":
        return "m-" + digest(key, family(event.kind), event.date)
    if event.date is None:
        return "m-" + digest(key, family(event.kind), "undated", article_id)
    return "m-" + digest(key, family(event.kind), event.date)


def article_props(article: Article) -> dict:
    return {"id": article.id, "source": article.source, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url, "outlet": article.outlet, "content_hash": article.content_hash,
            "text": article.body,
            "warnings": article.warnings}


def actor_rows(extraction: Extraction, dictionary: Dictionary) -> list[dict]:
    rows = []
    for actor in extraction.actors:
        entry = dictionary.entries.get(actor.id)
        # the graph keeps the dictionary's spelling; a record spells names as its article does
        rows.append({"id": actor.id, "name": entry.name if entry else actor.name,
                     "kind": actor.kind.value,
                     "in_dictionary": actor.in_dictionary,
                     "native_name": entry.native_name if entry else actor.name,
                     "country": entry.country if entry else None,
                     "aliases": sorted(entry.surface_forms()) if entry else [actor.name],
                     "search": sorted({fold(f) for f in (entry.surface_forms() if entry
                                                         else [actor.name])})})
    return rows


def event_row(tx: neo4j.ManagedTransaction, event: Event, article_id: str, index: int) -> dict:
    mid = resolve_meeting(tx, event, article_id)
    first = event.evidence[0]
    props = {"article_id": article_id, "kind": event.kind.value, "status": event.status.value,
             "date": event.date, "date_precision": event.date_precision,
             "date_rank": DATE_RANK.get(event.date_precision, 6) + 0.5 * event.date_inferred,
             "date_inferred": event.date_inferred,
             "date_start": event.date_start, "date_end": event.date_end,
             "place": event.place, "cameo": event.cameo, "confidence": event.confidence,
             "text": " ".join(e.text for e in event.evidence), "start": first.start,
             "end": first.end, "sentences": [e.text for e in event.evidence],
             "offsets": [e.start for e in event.evidence]}
    return {"meeting_id": mid, "pair_key": pair_key(event), "family": family(event.kind),
            "evidence_id": "e-" + digest(article_id, mid, index), "props": props,
            "participants": [p.id for p in event.participants], "topics": event.topics}


def resolve_meeting(tx: neo4j.ManagedTransaction, event: Event, article_id: str) -> str:
    """A coarse date (month, interval) joins the one day-dated meeting it can name."""
    if event.date_start and event.date_precision != "day":
        rows = list(tx.run(query("meeting_candidates"), pair_key=pair_key(event),
                           family=family(event.kind), start=event.date_start.isoformat(),
                           end=event.date_end.isoformat()))
        if len(rows) == 1:
            return rows[0]["id"]
    return meeting_id(event, article_id)


def refresh(tx: neo4j.ManagedTransaction, meeting_ids: set[str]) -> None:
    tx.run(query("meetings_lock"), ids=sorted(meeting_ids)).consume()
    tx.run(query("meetings_refresh"), ids=sorted(meeting_ids)).consume()


def absorb_coarse(tx: neo4j.ManagedTransaction, extracted: list[Event], rows: list[dict]) -> set:
    """Day-dated meetings take over earlier coarse-dated reports of the same meeting."""
    absorbed: set[str] = set()
    for event, row in zip(extracted, rows, strict=True):
        if event.date_precision != "day" or event.date_inferred:
            continue
        record = tx.run(query("meeting_absorb"), id=row["meeting_id"], pair_key=row["pair_key"],
                        family=row["family"], day=event.date).single()
        absorbed |= set(record["absorbed"]) if record else set()
    return absorbed


def stance_rows(extraction: Extraction, article_id: str) -> list[dict]:
    rows = []
    for stance in extraction.stances:
        target = stance.target.id if stance.target else None
        first = stance.evidence[0]
        rows.append({
            "id": "s-" + digest(article_id, stance.holder.id, stance.polarity, target, stance.topic),
            "holder": stance.holder.id, "target": target, "topic": stance.topic,
            "props": {"article_id": article_id, "polarity": stance.polarity.value,
                      "topic": stance.topic, "holder_id": stance.holder.id,
                      "target_id": target, "confidence": stance.confidence,
                      "text": first.text, "start": first.start, "end": first.end,
                      # every sentence and its start, as events keep them: the API serves
                      # each as an exact span of the article's text
                      "sentences": [e.text for e in stance.evidence],
                      "offsets": [e.start for e in stance.evidence]}})
    return rows


def write_article(tx: neo4j.ManagedTransaction, article: Article, extraction: Extraction,
                  dictionary: Dictionary) -> WriteResult:
    record = tx.run(query("article_lock"), id=article.id).single()
    if record and record["content_hash"] == article.content_hash:
        return WriteResult(skipped=True)
    cleared = tx.run(query("article_clear"), id=article.id).single()
    touched = set(cleared["meeting_ids"]) if cleared else set()
    tx.run(query("article_write"), article=article_props(article),
           actors=actor_rows(extraction, dictionary)).consume()
    events = [event_row(tx, e, article.id, i) for i, e in enumerate(extraction.events)]
    tx.run(query("events_write"), article_id=article.id, events=events).consume()
    tx.run(query("stances_write"), article_id=article.id,
           stances=stance_rows(extraction, article.id)).consume()
    touched |= {e["meeting_id"] for e in events}
    refresh(tx, touched)
    absorbed = absorb_coarse(tx, extraction.events, events)
    if absorbed:  # their reports moved to day-dated meetings: recompute both sides
        refresh(tx, absorbed | {e["meeting_id"] for e in events})
    if cleared:
        tx.run(query("prune_orphans"), actor_ids=cleared["actor_ids"],
               place_ids=cleared["place_ids"]).consume()
    return WriteResult(skipped=False, meetings=len(events), stances=len(extraction.stances))


def write(driver: neo4j.Driver, settings: Settings, article: Article, extraction: Extraction,
          dictionary: Dictionary) -> WriteResult:
    """One managed write transaction for the whole article: all of it or nothing."""
    ensure_schema(driver, settings)
    return run_managed(driver, settings, "write", write_article, article, extraction, dictionary)


def write_topics(driver: neo4j.Driver, settings: Settings) -> None:
    rows = [{"id": tid, "label": e["label"], "keywords": e["keywords"]}
            for tid, e in vocabulary().items()]

    def work(tx: neo4j.ManagedTransaction) -> None:
        tx.run(query("topics_write"), topics=rows).consume()

    ensure_schema(driver, settings)
    run_managed(driver, settings, "write", work)
