"""Topics and their timelines."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import RepoDep
from app.models import TopicPublic, TopicTimeline
from app.openapi import problems

router = APIRouter(tags=["topics"])


@router.get("/topics", response_model=list[TopicPublic])
def list_topics(repo: RepoDep) -> list[TopicPublic]:
    """The topic vocabulary with keyword phrases and counts."""
    return repo.topics()


@router.get("/topics/{topic_id}/timeline", response_model=TopicTimeline, responses=problems(404))
def topic_timeline(repo: RepoDep, topic_id: Annotated[str, Path(max_length=64)]) -> TopicTimeline:
    """How many meetings and stances on the topic each month (a month's meetings: GET
    /meetings?topic=ID&from=YYYY-MM&to=YYYY-MM; the topic's stances: GET /stances?topic=ID)."""
    return repo.topic_timeline(topic_id)
