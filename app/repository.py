"""Reads for the API. No FastAPI here: the CLI can use it too. Every query is a named
file in cypher/, run with parameters in a read transaction with a timeout."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import neo4j
from rapidfuzz import fuzz, process

from app.cursors import ForgedCursor, cursor_key, decode_cursor, encode_cursor
from app.models import (
    ActorMatch,
    ActorPublic,
    ArticlePublic,
    ArticleSummary,
    CounterpartPublic,
    DayPublic,
    HealthPublic,
    MeetingPage,
    MeetingPublic,
    MonthPublic,
    OfficePublic,
    PairPublic,
    ParticipantPublic,
    StancePublic,
    StatsPublic,
    TopicPublic,
    TopicTimeline,
)
from ingest.dictionary import fold, load_dictionary
from srk.db import read
from srk.settings import Settings


class NotFound(LookupError):
    """An id the graph does not hold."""


class BadRequest(ValueError):
    """A parameter the graph cannot answer (unknown topic, bad cursor, ...)."""


@dataclass
class MeetingFilter:
    actors: list[str]
    status: str | None = None
    kind: str | None = None
    place: str | None = None
    topic: str | None = None
    article: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def params(self) -> dict:
        return {"actors": self.actors, "status": self.status, "kind": self.kind,
                "place": self.place, "topic": self.topic, "article": self.article,
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None}


class Repository:
    def __init__(self, driver: neo4j.Driver, settings: Settings):
        self.driver, self.settings = driver, settings

    def q(self, name: str, **params) -> list[dict]:
        return read(self.driver, self.settings, name, **params)

    # -- health, stats ----------------------------------------------------------------
    def health(self) -> HealthPublic:
        component = self.q("health_version")[0]
        return HealthPublic(status="ok", neo4j_version=component["version"],
                            neo4j_edition=component["edition"], counts=self.q("health_counts")[0])

    def stats(self) -> StatsPublic:
        return StatsPublic(**self.q("stats")[0])

    # -- actors -----------------------------------------------------------------------
    def resolve_actor(self, ref: str) -> str:
        """An actor id for an id, a name or an alias (diacritics and case ignored)."""
        matches = self.search_actors(ref, limit=1, fuzzy=False)
        if not matches:
            raise NotFound(f"no actor {ref!r}")
        return matches[0].id

    def search_actors(self, text: str, limit: int = 20, fuzzy: bool = True) -> list[ActorMatch]:
        rows = self.q("actors_all")
        key = fold(text)
        exact = [r for r in rows if r["id"] == text or key in r["search"]]
        if exact or not fuzzy:
            return [ActorMatch(id=r["id"], name=r["name"], kind=r["kind"], score=100.0)
                    for r in exact[:limit]]
        choices = {i: " | ".join(r["search"]) for i, r in enumerate(rows)}
        best = process.extract(key, choices, scorer=fuzz.partial_ratio, limit=limit,
                               score_cutoff=80)
        return [ActorMatch(id=rows[i]["id"], name=rows[i]["name"], kind=rows[i]["kind"],
                           score=round(score, 1)) for _, score, i in best]

    def actor(self, actor_id: str) -> ActorPublic:
        rows = self.q("actor_detail", id=actor_id)
        if not rows:
            raise NotFound(f"no actor {actor_id!r}")
        row, entry = rows[0], load_dictionary().entries.get(actor_id)
        node = row.pop("actor")
        offices = [OfficePublic(title=o.title, country=o.country, start=o.start.isoformat(),
                                end=o.end.isoformat() if o.end else None)
                   for o in (entry.offices if entry else [])]
        return ActorPublic(id=node["id"], name=node["name"], kind=node.get("kind"),
                           native_name=node.get("native_name"), aliases=node.get("aliases") or [],
                           country=node.get("country"), in_dictionary=node.get("in_dictionary"),
                           offices=offices, **row)

    def network(self, actor_id: str, limit: int) -> list[CounterpartPublic]:
        self.actor(actor_id)
        return [CounterpartPublic(**{**r, "first": iso(r["first"]), "last": iso(r["last"])})
                for r in self.q("actor_network", id=actor_id, limit=limit)]

    # -- meetings ---------------------------------------------------------------------
    def meetings(self, where: MeetingFilter, limit: int, cursor: str | None,
                 descending: bool) -> MeetingPage:
        after_key, after_id = self.cursor_position(cursor)
        page = self.q("meetings_page", **where.params(), limit=limit + 1, descending=descending,
                      after_key=after_key, after_id=after_id)[0]
        ids, keys = page["ids"][:limit], page["keys"][:limit]
        more = len(page["ids"]) > limit  # one extra row tells whether a next page exists
        return MeetingPage(total=page["total"], items=self.meeting_items(ids),
                           next_cursor=self.cursor_after(keys[-1], ids[-1]) if more else None)

    def cursor_key(self) -> bytes:
        return cursor_key(self.settings.cursor_secret.get_secret_value())

    def cursor_after(self, sort_key: str, meeting_id: str) -> str:
        return encode_cursor(self.cursor_key(), sort_key, meeting_id)

    def cursor_position(self, cursor: str | None) -> tuple[str | None, str | None]:
        if not cursor:
            return None, None
        try:
            return decode_cursor(self.cursor_key(), cursor)
        except ForgedCursor as exc:
            raise BadRequest(str(exc)) from exc

    def meeting_items(self, ids: list[str]) -> list[MeetingPublic]:
        if not ids:
            return []
        return [meeting_public(row) for row in self.q("meeting_details", ids=ids)]

    def who_met_whom(self, topic: str | None, status: str | None, date_from: date | None,
                     date_to: date | None, limit: int) -> list[PairPublic]:
        rows = self.q("who_met_whom", topic=topic, status=status, limit=limit,
                      **{"from": iso(date_from), "to": iso(date_to)})
        details = {m.id: m for m in self.meeting_items(
            sorted({i for r in rows for i in r["meeting_ids"]}))}
        return [PairPublic(a=r["a"], b=r["b"], meetings=r["meetings"], first=iso(r["first"]),
                           last=iso(r["last"]), items=[details[i] for i in r["meeting_ids"]])
                for r in rows]

    # -- stances, topics, articles ---------------------------------------------------------
    def stances(self, limit: int, skip: int = 0, **filters) -> list[StancePublic]:
        params = {"holder": None, "target": None, "topic": None, "polarity": None,
                  "article": None, **filters}
        return [StancePublic(**r) for r in self.q("stances_list", skip=skip, limit=limit, **params)]

    def topics(self) -> list[TopicPublic]:
        return [TopicPublic(**r) for r in self.q("topics_list")]

    def require_topic(self, topic_id: str | None) -> None:
        if topic_id is not None and not self.q("topic_exists", id=topic_id):
            raise NotFound(f"no topic {topic_id!r}; GET /topics lists them")

    def topic_timeline(self, topic_id: str) -> TopicTimeline:
        rows = self.q("topic_timeline", id=topic_id)
        if not rows:
            raise NotFound(f"no topic {topic_id!r}")
        row = rows[0]
        meetings = {m.id: m for m in self.meeting_items([m["id"] for m in row["meetings"] if m["id"]])}
        stances = {s.id: s for s in self.stances(limit=10_000, topic=topic_id)}
        months: dict[str | None, MonthPublic] = {}
        for kind, items, lookup in (("meetings", row["meetings"], meetings),
                                    ("stances", row["stances"], stances)):
            for item in items:
                if item["id"] in lookup:
                    month = months.setdefault(item["month"], MonthPublic(
                        month=item["month"], meetings=[], stances=[]))
                    getattr(month, kind).append(lookup[item["id"]])
        ordered = sorted(months.values(), key=lambda m: (m.month is None, m.month or ""))
        return TopicTimeline(id=row["id"], label=row["label"], months=ordered)

    def article(self, article_id: str) -> ArticlePublic:
        rows = self.q("article_detail", id=article_id)
        if not rows:
            raise NotFound(f"no article {article_id!r}")
        row = rows[0]
        return ArticlePublic(**row["article"], actors=row["actors"],
                             meetings=self.meeting_items(row["meeting_ids"]),
                             stances=self.stances(limit=1000, article=article_id))

    def articles(self, text: str | None, limit: int, skip: int) -> list[ArticleSummary]:
        return [ArticleSummary(**r["article"]) for r in
                self.q("articles_search", q=text, limit=limit, skip=skip)]

    def timeline(self, date_from: date | None, date_to: date | None, limit: int) -> list[DayPublic]:
        where = MeetingFilter(actors=[], date_from=date_from, date_to=date_to)
        page = self.meetings(where, limit=limit, cursor=None, descending=False)
        days: dict[str | None, list[MeetingPublic]] = defaultdict(list)
        for item in page.items:
            days[item.date].append(item)
        return [DayPublic(date=d, meetings=ms) for d, ms in days.items()]


def iso(value) -> str | None:
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value.isoformat() if hasattr(value, "isoformat") else value


def meeting_public(row: dict) -> MeetingPublic:
    meeting = row["meeting"]
    on = meeting.get("date_start")
    on_day = on.to_native() if hasattr(on, "to_native") else None
    dictionary = load_dictionary()
    participants = []
    for p in row["participants"]:
        office = dictionary.office_of(p["id"], on_day) if on_day else None
        participants.append(ParticipantPublic(**p, office=(
            f"{office.title}, {office.country}" if office else None)))
    return MeetingPublic(
        id=meeting["id"], kind=meeting.get("kind") or "meeting", status=meeting.get("status") or "held",
        date=meeting.get("date"), date_precision=meeting.get("date_precision"),
        date_start=iso(meeting.get("date_start")), date_end=iso(meeting.get("date_end")),
        date_inferred=bool(meeting.get("date_inferred")),
        place=meeting.get("place"), cameo=meeting.get("cameo"),
        confidence=meeting.get("confidence"), participants=participants,
        topics=row["topics"], sources=[s for s in row["sources"] if s.get("article_id")])
