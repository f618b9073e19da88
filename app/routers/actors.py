"""Actors: search, details, their meetings, stances and network."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.deps import RepoDep
from app.models import ActorMatch, ActorPublic, CounterpartPublic, MeetingPage, StancePublic
from app.openapi import problems
from app.params import DateFrom, DateTo, Limit, Offset, SortParam, StatusParam, TopicParam
from app.repository import MeetingFilter

router = APIRouter(tags=["actors"])
ActorId = Annotated[str, Path(max_length=120, description="actor id, e.g. aleksandar-vucic")]


@router.get("/actors", response_model=list[ActorMatch])
def search_actors(repo: RepoDep, q: Annotated[str, Query(min_length=1, max_length=120,
                  description="name or alias; diacritics and case ignored; fuzzy")],
                  limit: Limit = 20) -> list[ActorMatch]:
    """Actors whose name or alias matches `q` (exact first, else fuzzy)."""
    return repo.search_actors(q, limit=limit)


@router.get("/actors/{actor_id}", response_model=ActorPublic, responses=problems(404))
def get_actor(repo: RepoDep, actor_id: ActorId) -> ActorPublic:
    """Names, kind, offices with dates, and counts."""
    return repo.actor(actor_id)


@router.get("/actors/{actor_id}/meetings", response_model=MeetingPage, responses=problems(404))
def actor_meetings(repo: RepoDep, actor_id: ActorId, topic: TopicParam = None,
                   status: StatusParam | None = None, date_from: DateFrom = None,
                   date_to: DateTo = None, sort: SortParam = SortParam.date, limit: Limit = 50,
                   cursor: Annotated[str | None, Query(max_length=400)] = None) -> MeetingPage:
    """The actor's meetings, as GET /meetings?actor=..."""
    repo.actor(actor_id)
    repo.require_topic(topic)
    where = MeetingFilter(actors=[actor_id], status=status and status.value, topic=topic,
                          date_from=date_from, date_to=date_to)
    return repo.meetings(where, limit, cursor, descending=sort == SortParam.date_desc)


@router.get("/actors/{actor_id}/stances", response_model=list[StancePublic],
            responses=problems(404))
def actor_stances(repo: RepoDep, actor_id: ActorId, limit: Limit = 50,
                  offset: Offset = 0) -> list[StancePublic]:
    """Stances the actor holds."""
    repo.actor(actor_id)
    return repo.stances(limit=limit, skip=offset, holder=actor_id)


@router.get("/actors/{actor_id}/network", response_model=list[CounterpartPublic],
            responses=problems(404))
def actor_network(repo: RepoDep, actor_id: ActorId, limit: Limit = 50) -> list[CounterpartPublic]:
    """Counterparts with the number of meetings shared."""
    return repo.network(actor_id, limit)
