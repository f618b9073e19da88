"""Stances."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import RepoDep
from app.models import StancePublic
from app.openapi import problems
from app.params import Limit, Offset, PolarityParam, TopicParam

router = APIRouter(tags=["stances"])
ActorRef = Annotated[str | None, Query(max_length=200, description="actor id or name")]


@router.get("/stances", response_model=list[StancePublic], responses=problems(404))
def list_stances(repo: RepoDep, holder: ActorRef = None, target: ActorRef = None,
                 topic: TopicParam = None, polarity: PolarityParam | None = None,
                 limit: Limit = 50, offset: Offset = 0) -> list[StancePublic]:
    """Stances by holder, target, topic and polarity, each with its source sentence."""
    repo.require_topic(topic)
    return repo.stances(limit=limit, skip=offset,
                        holder=repo.resolve_actor(holder) if holder else None,
                        target=repo.resolve_actor(target) if target else None,
                        topic=topic, polarity=polarity and polarity.value)
