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
from srk.db import DatabaseUnavailable, SchemaMissing, ensure_schema, run_managed
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


def event_row(event: Event, article_id: str, index: int, meeting: str | None) -> dict:
    mid = meeting or meeting_id(event, article_id)
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


def event_rows(tx: neo4j.ManagedTransaction, events: list[Event], article_id: str) -> list[dict]:
    joined = coarse_meetings(tx, events)
    return [event_row(e, article_id, i, joined.get(i)) for i, e in enumerate(events)]


def coarse_meetings(tx: neo4j.ManagedTransaction, events: list[Event]) -> dict[int, str]:
    """A coarse date (month, interval) joins the one day-dated meeting it can name: event
    index -> that meeting, all the article's events asked in one query."""
    rows = [{"index": i, "pair_key": pair_key(e), "family": family(e.kind),
             "start": e.date_start.isoformat(), "end": e.date_end.isoformat()}
            for i, e in enumerate(events) if e.date_start and e.date_precision != "day"]
    if not rows:
        return {}
    return {record["index"]: record["ids"][0]
            for record in tx.run(query("meeting_candidates"), events=rows)
            if len(record["ids"]) == 1}


def refresh(tx: neo4j.ManagedTransaction, meeting_ids: set[str]) -> None:
    tx.run(query("meetings_lock"), ids=sorted(meeting_ids)).consume()
    tx.run(query("meetings_refresh"), ids=sorted(meeting_ids)).consume()


def absorb_coarse(tx: neo4j.ManagedTransaction, extracted: list[Event], rows: list[dict]) -> set:
    """Day-dated meetings take over earlier coarse-dated reports of the same meeting (one
    query for all the article's day-dated events, taken in order)."""
    days = [{"id": row["meeting_id"], "family": row["family"], "day": event.date}
            for event, row in zip(extracted, rows, strict=True)
            if event.date_precision == "day" and not event.date_inferred]
    if not days:
        return set()
    record = tx.run(query("meeting_absorb"), days=days).single()
    return set(record["absorbed"]) if record else set()


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
    # an article never written before (no hash yet) has nothing to clear
    cleared = (tx.run(query("article_clear"), id=article.id).single()
               if record and record["content_hash"] is not None else None)
    touched = set(cleared["meeting_ids"]) if cleared else set()
    tx.run(query("article_write"), article=article_props(article),
           actors=actor_rows(extraction, dictionary)).consume()
    events = event_rows(tx, extraction.events, article.id)
    if events:
        tx.run(query("events_write"), article_id=article.id, events=events).consume()
    stances = stance_rows(extraction, article.id)
    if stances:
        tx.run(query("stances_write"), article_id=article.id, stances=stances).consume()
    # read-side sort keys, and the topic month buckets its stances are (or were) in
    tx.run(query("article_keys"), article_id=article.id,
           old=cleared["stance_months"] if cleared else []).consume()
    touched |= {e["meeting_id"] for e in events}
    if touched:
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


def write_many(driver: neo4j.Driver, settings: Settings, items: list[tuple[Article, Extraction]],
               dictionary: Dictionary) -> list[WriteResult | Exception]:
    """Several articles in one transaction, one commit for all (a commit costs more than most
    statements); if that transaction fails, each article is written in its own, so that a
    failing article still fails alone and leaves nothing. A lost database is raised."""
    if len(items) > 1:
        try:
            ensure_schema(driver, settings)
            return run_managed(driver, settings, "write", write_articles, items, dictionary)
        except (DatabaseUnavailable, SchemaMissing):
            raise
        except Exception:  # noqa: BLE001, S110 - retried one by one below, each failing alone
            pass
    results: list[WriteResult | Exception] = []
    for article, extraction in items:
        try:
            results.append(write(driver, settings, article, extraction, dictionary))
        except (DatabaseUnavailable, SchemaMissing):
            raise
        except Exception as exc:  # noqa: BLE001 - the transaction rolled back: nothing half-written
            results.append(exc)
    return results


def write_articles(tx: neo4j.ManagedTransaction, items: list[tuple[Article, Extraction]],
                   dictionary: Dictionary) -> list[WriteResult]:
    return [write_article(tx, article, extraction, dictionary) for article, extraction in items]


def write_topics(driver: neo4j.Driver, settings: Settings) -> None:
    rows = [{"id": tid, "label": e["label"], "keywords": e["keywords"]}
            for tid, e in vocabulary().items()]

    def work(tx: neo4j.ManagedTransaction) -> None:
        tx.run(query("topics_write"), topics=rows).consume()

    ensure_schema(driver, settings)
    run_managed(driver, settings, "write", work)
