"""Reads for the API. No FastAPI here: the CLI can use it too. Every query is a named
file in cypher/, run with parameters in a read transaction with a timeout."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from app.actor_search import CANDIDATES, WORD, best_matches, lucene_query
from app.meeting_filter import LAST_DAY, MeetingFilter
from app.models import (
    ActorPublic,
    ArticlePublic,
    DayPublic,
    HealthPublic,
    MeetingPage,
    MeetingPublic,
    MonthPublic,
    OfficePublic,
    StatsPublic,
    TopicPublic,
    TopicTimeline,
)
from app.page_models import (
    ActorMatchPage,
    ArticlePage,
    CounterpartPage,
    DayPage,
    PairPage,
    StancePage,
)
from app.paging import BadRequest, Paging
from app.read_cache import CachedReads
from app.records import iso, meeting_public, stance_public
from ingest.dictionary import fold, load_dictionary


class NotFound(LookupError):
    """An id the graph does not hold."""


class Repository(Paging, CachedReads):

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
        matches = self.search_actors(ref, limit=1, fuzzy=False).items
        if not matches:
            raise NotFound(f"no actor {ref!r}")
        return matches[0].id

    def search_actors(self, text: str, limit: int = 20, fuzzy: bool = True) -> ActorMatchPage:
        """Candidates from the full-text index actor_names, scored by actor_search."""
        candidates = max(CANDIDATES, limit)
        rows = self.q("actor_search", id=text, q=lucene_query(fold(text)), limit=candidates)
        items, more = best_matches(rows, text, limit, fuzzy)
        # a full candidate list may have left better-scored actors out: say so
        return ActorMatchPage(items=items, truncated=more or len(rows) >= candidates)

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

    def network(self, actor_id: str, limit: int, cursor: str | None) -> CounterpartPage:
        self.actor(actor_id)
        skip = self.offset_of("network", cursor)
        page = self.q("actor_network", id=actor_id, skip=skip, limit=limit)[0]
        items = [{**r, "first": iso(r["first"]), "last": iso(r["last"])} for r in page["items"]]
        return CounterpartPage(total=page["total"], items=items,
                               next_cursor=self.offset_after("network", skip, limit, page["total"]))

    # -- meetings ---------------------------------------------------------------------
    def meetings(self, where: MeetingFilter, limit: int, cursor: str | None,
                 descending: bool) -> MeetingPage:
        ids, keys, total = self.meeting_ids(where, limit + 1, cursor, descending)
        more = len(ids) > limit  # one extra row tells whether a next page exists
        ids, keys = ids[:limit], keys[:limit]
        return MeetingPage(total=self.meetings_total(where) if total is None else total,
                           items=self.meeting_items(ids),
                           next_cursor=self.cursor_after(keys[-1], ids[-1]) if more else None)

    def meeting_ids(self, where: MeetingFilter, limit: int, cursor: str | None,
                    descending: bool, skip: int = 0) -> tuple[list[str], list[str], int | None]:
        """Ids and sort keys of up to `limit` meetings after the keyset cursor (and `skip`
        more), and their total when the query counted it on the way (an anchored read does)."""
        after_key, after_id = self.cursor_position(cursor)
        params = {**where.params(), "after_key": after_key, "after_id": after_id}
        if anchor := where.anchor():
            page = self.q("meetings_anchored", **params, limit=skip + limit, anchor=anchor,
                          descending=descending)[0]
            return page["ids"][skip:], page["keys"][skip:], page["total"]
        rows = self.q("meetings_page_desc" if descending else "meetings_page", **params,
                      skip=skip, limit=limit, **where.key_bounds(after_key, descending))
        return [r["id"] for r in rows], [r["key"] for r in rows], None

    def meetings_total(self, where: MeetingFilter) -> int:
        """Unanchored meetings: by status alone from the count store, else counted."""
        if not (where.kind or where.date_from or where.date_to):
            counts = self.q("stats")[0]
            return counts[where.status] if where.status in ("held", "planned") else counts["meetings"]
        return self.q("meetings_count", **where.params(), **where.key_bounds(None, False))[0]["total"]

    def meeting_items(self, ids: list[str]) -> list[MeetingPublic]:
        if not ids:
            return []
        return [meeting_public(row) for row in self.q("meeting_details", ids=ids)]

    def who_met_whom(self, topic: str | None, status: str | None, date_from: date | None,
                     date_to: date | None, limit: int, cursor: str | None,
                     per_pair: int) -> PairPage:
        skip = self.offset_of("who-met-whom", cursor)
        if status or date_from or date_to:  # aggregated over the matching meetings
            page = self.q("who_met_whom_filtered", topic=topic, status=status, skip=skip,
                          limit=limit, per_pair=per_pair, high=iso(date_to) or LAST_DAY,
                          **{"from": iso(date_from), "to": iso(date_to)})[0]
        else:  # the Pair nodes kept at write time
            page = self.q("who_met_whom", topic=topic, skip=skip, limit=limit,
                          per_pair=per_pair)[0]
        rows = page["items"]
        details = {m.id: m for m in self.meeting_items(
            sorted({i for r in rows for i in r["meeting_ids"]}))}
        items = [{"a": r["a"], "b": r["b"], "meetings": r["meetings"], "first": iso(r["first"]),
                  "last": iso(r["last"]), "items": [details[i] for i in r["meeting_ids"]],
                  "items_truncated": len(r["meeting_ids"]) < r["meetings"]} for r in rows]
        return PairPage(total=page["total"], items=items, next_cursor=self.offset_after(
            "who-met-whom", skip, limit, page["total"]))

    # -- stances, topics, articles ---------------------------------------------------------
    def stances(self, limit: int, cursor: str | None = None, officials_of: str | None = None,
                **filters) -> StancePage:
        """A page of stances; `officials_of` a state adds its office holders' stances made
        while in office (by the stating article's date)."""
        params = {"holder": None, "target": None, "topic": None, "polarity": None,
                  "article": None, **filters}
        skip = self.offset_of("stances", cursor)
        anchor = next((a for a in ("holder", "target", "article", "topic") if params[a]), None)
        if anchor:
            page = self.q("stances_list", skip=skip, limit=limit, anchor=anchor,
                          officials=officials(officials_of) if officials_of else [],
                          **params)[0]
        else:
            page = self.q("stances_page", skip=skip, limit=limit, polarity=params["polarity"])[0]
        return StancePage(total=page["total"], items=[stance_public(r) for r in page["items"]],
                          next_cursor=self.offset_after("stances", skip, limit, page["total"]))

    def all_stances(self, **filters) -> list:
        """Every stance matching (for an article or a topic), page after page."""
        items, cursor = [], None
        while True:
            page = self.stances(limit=1000, cursor=cursor, **filters)
            items += page.items
            if not (cursor := page.next_cursor):
                return items

    def topics(self) -> list[TopicPublic]:
        return [TopicPublic(**r) for r in self.q("topics_list")]

    def require_topic(self, topic_id: str | None) -> None:
        if topic_id is not None and not self.q("topic_exists", id=topic_id):
            raise NotFound(f"no topic {topic_id!r}; GET /topics lists them")

    def topic_timeline(self, topic_id: str) -> TopicTimeline:
        """The topic's month buckets, kept at write time: counts only, at most one row a month."""
        rows = self.q("topic_months", id=topic_id)
        if not rows:
            raise NotFound(f"no topic {topic_id!r}")
        row = rows[0]
        months = [MonthPublic(month=None if b["month"] == "undated" else b["month"],
                              meetings=b["meetings"], stances=b["stances"]) for b in row["months"]]
        return TopicTimeline(id=row["id"], label=row["label"], months=months)

    def article(self, article_id: str) -> ArticlePublic:
        rows = self.q("article_detail", id=article_id)
        if not rows:
            raise NotFound(f"no article {article_id!r}")
        row = rows[0]
        return ArticlePublic(**row["article"], actors=row["actors"],
                             meetings=self.meeting_items(row["meeting_ids"]),
                             stances=self.all_stances(article=article_id))

    def articles(self, text: str | None, limit: int, cursor: str | None) -> ArticlePage:
        skip = self.offset_of("articles", cursor)
        if text is None:
            page = self.q("articles_page", limit=limit, skip=skip)[0]
        elif words := WORD.findall(text):  # the words as one phrase of the full-text index
            page = self.q("articles_search", q='"' + " ".join(words) + '"', limit=limit,
                          skip=skip)[0]
        else:
            page = {"total": 0, "items": []}
        return ArticlePage(total=page["total"], items=page["items"],
                           next_cursor=self.offset_after("articles", skip, limit, page["total"]))

    def timeline(self, date_from: date | None, date_to: date | None, limit: int,
                 cursor: str | None) -> DayPage:
        where = MeetingFilter(actors=[], date_from=date_from, date_to=date_to)
        page = self.meetings(where, limit=limit, cursor=cursor, descending=False)
        days: dict[str | None, list[MeetingPublic]] = defaultdict(list)
        for item in page.items:
            days[item.date].append(item)
        return DayPage(total=page.total, next_cursor=page.next_cursor,
                       items=[DayPublic(date=d, meetings=ms) for d, ms in days.items()])


def officials(country_id: str) -> list[dict]:
    """The dictionary's office holders of a state, one row per office with its dates."""
    return [{"id": entry.id, "start": office.start.isoformat(),
             "end": office.end.isoformat() if office.end else None}
            for entry in load_dictionary().entries.values() for office in entry.offices
            if office.country == country_id]


__all__ = ["BadRequest", "MeetingFilter", "NotFound", "Repository"]
