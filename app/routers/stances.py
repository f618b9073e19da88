"""Stances."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import RepoDep
from app.openapi import problems
from app.page_models import StancePage
from app.params import Limit, PolarityParam, TopicParam
from app.routers.common import Cursor

router = APIRouter(tags=["stances"])
ActorRef = Annotated[str | None, Query(max_length=200, description="actor id or name")]
IncludeOfficials = Annotated[bool, Query(description=(
    "with a state as `holder`: also the stances of the people who held one of its offices "
    "(dictionary office holders) on the stating article's date"))]


@router.get("/stances", response_model=StancePage, responses=problems(404))
def list_stances(repo: RepoDep, holder: ActorRef = None, target: ActorRef = None,
                 topic: TopicParam = None, polarity: PolarityParam | None = None,
                 include_officials: IncludeOfficials = False, limit: Limit = 50,
                 cursor: Cursor = None) -> StancePage:
    """Stances by holder, target, topic and polarity, each with its source sentence."""
    repo.require_topic(topic)
    holder_id = repo.resolve_actor(holder) if holder else None
    return repo.stances(limit=limit, cursor=cursor,
                        officials_of=holder_id if include_officials else None,
                        holder=holder_id,
                        target=repo.resolve_actor(target) if target else None,
                        topic=topic, polarity=polarity and polarity.value)
