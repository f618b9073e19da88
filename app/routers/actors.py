"""Actors: search, details, their meetings, stances and network."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from app.deps import RepoDep
from app.models import ActorPublic, MeetingPage
from app.openapi import problems
from app.page_models import ActorMatchPage, CounterpartPage, StancePage
from app.params import DateFrom, DateTo, Limit, SortParam, StatusParam, TopicParam
from app.repository import MeetingFilter
from app.routers.common import Counterpart, Cursor
from app.routers.network import TRUNCATED_HEADER

router = APIRouter(tags=["actors"])
TRUNCATION_DOC = {"headers": {TRUNCATED_HEADER: {
    "description": "true when more actors matched than `limit`", "schema": {"type": "string"}}}}
ActorId = Annotated[str, Path(max_length=120, description="actor id, e.g. aleksandar-vucic")]


@router.get("/actors", response_model=ActorMatchPage, responses={200: TRUNCATION_DOC})
def search_actors(response: Response, repo: RepoDep,
                  q: Annotated[str, Query(min_length=1, max_length=120, description="name or "
                               "alias; diacritics and case ignored; fuzzy")],
                  limit: Limit = 20) -> ActorMatchPage:
    """The best `limit` actors whose name or alias matches `q` (exact first, else fuzzy);
    `truncated` and the X-Result-Truncated header say when more matched."""
    page = repo.search_actors(q, limit=limit)
    response.headers[TRUNCATED_HEADER] = str(page.truncated).lower()
    return page


@router.get("/actors/{actor_id}", response_model=ActorPublic, responses=problems(404))
def get_actor(repo: RepoDep, actor_id: ActorId) -> ActorPublic:
    """Names, kind, offices with dates, and counts."""
    return repo.actor(actor_id)


@router.get("/actors/{actor_id}/meetings", response_model=MeetingPage, responses=problems(404))
def actor_meetings(repo: RepoDep, actor_id: ActorId, with_: Counterpart = None,
                   topic: TopicParam = None, status: StatusParam | None = None,
                   date_from: DateFrom = None, date_to: DateTo = None,
                   sort: SortParam = SortParam.date, limit: Limit = 50,
                   cursor: Cursor = None) -> MeetingPage:
    """The actor's meetings (with a counterpart if `with` is given), as GET /meetings."""
    repo.actor(actor_id)
    repo.require_topic(topic)
    actors = [actor_id, *([repo.resolve_actor(with_)] if with_ else [])]
    where = MeetingFilter(actors=actors, status=status and status.value, topic=topic,
                          date_from=date_from, date_to=date_to)
    return repo.meetings(where, limit, cursor, descending=sort == SortParam.date_desc)


@router.get("/actors/{actor_id}/stances", response_model=StancePage, responses=problems(404))
def actor_stances(repo: RepoDep, actor_id: ActorId, limit: Limit = 50,
                  cursor: Cursor = None) -> StancePage:
    """Stances the actor holds, a page at a time."""
    repo.actor(actor_id)
    return repo.stances(limit=limit, cursor=cursor, holder=actor_id)


@router.get("/actors/{actor_id}/network", response_model=CounterpartPage,
            responses=problems(404))
def actor_network(repo: RepoDep, actor_id: ActorId, limit: Limit = 50,
                  cursor: Cursor = None) -> CounterpartPage:
    """Counterparts with the number of meetings shared, most first, a page at a time."""
    return repo.network(actor_id, limit, cursor)
