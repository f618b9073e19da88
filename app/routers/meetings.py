"""Meetings: filtered, paginated lists, the who-met-whom question, and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

from app import export
from app.deps import RepoDep
from app.models import MeetingPage, PairPublic
from app.openapi import problems
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

router = APIRouter(tags=["meetings"])
ActorList = Annotated[list[str], Query(max_length=10, description="actor id or name; repeatable: "
                                                                  "all must take part")]


def meeting_filter(repo: Repository, actor: list[str], with_: str | None, status, kind, place,
                   topic, article, date_from, date_to) -> MeetingFilter:
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    repo.require_topic(topic)
    actors = [repo.resolve_actor(a) for a in [*actor, *([with_] if with_ else [])]]
    return MeetingFilter(actors=actors, status=status and status.value,
                         kind=kind and kind.value, place=place, topic=topic, article=article,
                         date_from=date_from, date_to=date_to)


@router.get("/meetings", response_model=MeetingPage, responses=problems(404))
def list_meetings(repo: RepoDep, actor: ActorList = [], with_: Annotated[  # noqa: B006
        str | None, Query(alias="with", max_length=200, description="the counterpart")] = None,
                  topic: TopicParam = None, place: Text = None, kind: KindParam | None = None,
                  status: StatusParam | None = None, date_from: DateFrom = None,
                  date_to: DateTo = None, article: Text = None, sort: SortParam = SortParam.date,
                  limit: Limit = 50, cursor: Annotated[str | None, Query(max_length=400)] = None
                  ) -> MeetingPage:
    """Meetings matching every filter, by date, with participants, topics and sources."""
    where = meeting_filter(repo, actor, with_, status, kind, place, topic, article,
                           date_from, date_to)
    return repo.meetings(where, limit, cursor, descending=sort == SortParam.date_desc)


@router.get("/meetings.csv", response_class=PlainTextResponse,
            responses={200: {"content": {"text/csv": {}}}, **problems(404)})
def meetings_csv(repo: RepoDep, actor: ActorList = [], with_: Annotated[  # noqa: B006
        str | None, Query(alias="with", max_length=200)] = None, topic: TopicParam = None,
                 place: Text = None, kind: KindParam | None = None,
                 status: StatusParam | None = None, date_from: DateFrom = None,
                 date_to: DateTo = None, article: Text = None) -> PlainTextResponse:
    """The same filters as /meetings, as a spreadsheet (one row per meeting)."""
    where = meeting_filter(repo, actor, with_, status, kind, place, topic, article,
                           date_from, date_to)
    items = export.all_meetings(repo, where)
    return PlainTextResponse(export.meetings_csv(items), media_type="text/csv")


@router.get("/events.tsv", response_class=PlainTextResponse,
            responses={200: {"content": {"text/tab-separated-values": {}}},
                       **problems(404)})
def events_tsv(repo: RepoDep, topic: TopicParam = None, status: StatusParam | None = None,
               date_from: DateFrom = None, date_to: DateTo = None) -> PlainTextResponse:
    """Dyadic event data (date, source, target, CAMEO, ...) as GDELT/ICEWS tools read it."""
    where = meeting_filter(repo, [], None, status, None, None, topic, None, date_from, date_to)
    items = export.all_meetings(repo, where)
    return PlainTextResponse(export.events_tsv(items), media_type="text/tab-separated-values")


@router.get("/who-met-whom", response_model=list[PairPublic], responses=problems(404))
def who_met_whom(repo: RepoDep, topic: TopicParam = None, status: StatusParam | None = None,
                 date_from: DateFrom = None, date_to: DateTo = None,
                 limit: Limit = 50) -> list[PairPublic]:
    """Pairs of actors who met (about a topic, in a period), with their meetings."""
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    repo.require_topic(topic)
    return repo.who_met_whom(topic, status and status.value, date_from, date_to, limit)
