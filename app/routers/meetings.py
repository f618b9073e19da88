"""Meetings: filtered, paginated lists, the who-met-whom question, and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse, StreamingResponse

from app import export
from app.deps import RepoDep
from app.models import MeetingPage
from app.openapi import problems
from app.page_models import PairPage
from app.params import (
    DateFrom,
    DateTo,
    KindParam,
    Limit,
    SortParam,
    StatusParam,
    Text,
    TopicParam,
)
from app.repository import BadRequest, MeetingFilter, Repository
from app.routers.common import EXPORT_LIMIT, Counterpart, Cursor, ExportLimit, PerPair

router = APIRouter(tags=["meetings"])
ActorList = Annotated[list[str], Query(max_length=10, description="actor id or name; repeatable: "
                                                                  "all must take part")]
EXPORT_HEADERS = {
    "Content-Disposition": {"description": "attachment; filename=...", "schema": {"type": "string"}},
    "X-Result-Truncated": {"description": "true when more meetings match than `limit`",
                           "schema": {"type": "string", "enum": ["true", "false"]}},
    "X-Next-Cursor": {"description": "pass as `cursor` for the rest (only when truncated)",
                      "schema": {"type": "string"}},
}


def meeting_filter(repo: Repository, actor: list[str], with_: str | None, status, kind, place,
                   topic, article, date_from, date_to) -> MeetingFilter:
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    repo.require_topic(topic)
    actors = [repo.resolve_actor(a) for a in [*actor, *([with_] if with_ else [])]]
    return MeetingFilter(actors=actors, status=status and status.value,
                         kind=kind and kind.value, place=place, topic=topic, article=article,
                         date_from=date_from, date_to=date_to)


def export_response(repo: Repository, where: MeetingFilter, limit: int, cursor: str | None,
                    render, media_type: str, filename: str) -> StreamingResponse:
    next_cursor = export.export_end(repo, where, limit, cursor)
    headers = {"Content-Disposition": f'attachment; filename="{filename}"',
               "X-Result-Truncated": "true" if next_cursor else "false",
               **({"X-Next-Cursor": next_cursor} if next_cursor else {})}
    return StreamingResponse(export.stream(repo, where, limit, cursor, render),
                             media_type=media_type, headers=headers)


@router.get("/meetings", response_model=MeetingPage, responses=problems(404))
def list_meetings(repo: RepoDep, actor: ActorList = [], with_: Counterpart = None,  # noqa: B006
                  topic: TopicParam = None, place: Text = None, kind: KindParam | None = None,
                  status: StatusParam | None = None, date_from: DateFrom = None,
                  date_to: DateTo = None, article: Text = None, sort: SortParam = SortParam.date,
                  limit: Limit = 50, cursor: Cursor = None) -> MeetingPage:
    """Meetings matching every filter, by date, with participants, topics and sources."""
    where = meeting_filter(repo, actor, with_, status, kind, place, topic, article,
                           date_from, date_to)
    return repo.meetings(where, limit, cursor, descending=sort == SortParam.date_desc)


@router.get("/meetings.csv", response_class=PlainTextResponse, responses={
    200: {"content": {"text/csv": {}}, "headers": EXPORT_HEADERS}, **problems(404)})
def meetings_csv(repo: RepoDep, actor: ActorList = [], with_: Counterpart = None,  # noqa: B006
                 topic: TopicParam = None, place: Text = None, kind: KindParam | None = None,
                 status: StatusParam | None = None, date_from: DateFrom = None,
                 date_to: DateTo = None, article: Text = None, limit: ExportLimit = EXPORT_LIMIT,
                 cursor: Cursor = None) -> StreamingResponse:
    """The same filters as /meetings, as a spreadsheet (one row per meeting, by date)."""
    where = meeting_filter(repo, actor, with_, status, kind, place, topic, article,
                           date_from, date_to)
    return export_response(repo, where, limit, cursor, export.meetings_csv, "text/csv",
                           "meetings.csv")


@router.get("/events.tsv", response_class=PlainTextResponse, responses={
    200: {"content": {"text/tab-separated-values": {}}, "headers": EXPORT_HEADERS},
    **problems(404)})
def events_tsv(repo: RepoDep, topic: TopicParam = None, status: StatusParam | None = None,
               date_from: DateFrom = None, date_to: DateTo = None,
               limit: ExportLimit = EXPORT_LIMIT, cursor: Cursor = None) -> StreamingResponse:
    """Dyadic event data (date, source, target, CAMEO, ...) as GDELT/ICEWS tools read it."""
    where = meeting_filter(repo, [], None, status, None, None, topic, None, date_from, date_to)
    return export_response(repo, where, limit, cursor, export.events_tsv,
                           "text/tab-separated-values", "events.tsv")


@router.get("/who-met-whom", response_model=PairPage, responses=problems(404))
def who_met_whom(repo: RepoDep, topic: TopicParam = None, status: StatusParam | None = None,
                 date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50,
                 cursor: Cursor = None, per_pair: PerPair = 20) -> PairPage:
    """Pairs of actors who met (about a topic, in a period), most meetings first, with their
    meetings (at most `per_pair` each; `meetings` counts them all)."""
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    repo.require_topic(topic)
    return repo.who_met_whom(topic, status and status.value, date_from, date_to, limit, cursor,
                             per_pair)


