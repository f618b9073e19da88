"""GET /health: Neo4j reachable, its version and node counts per label."""

from fastapi import APIRouter

from app.deps import RepoDep
from app.models import ErrorPublic, HealthPublic

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic, responses={503: {"model": ErrorPublic}})
def health(repo: RepoDep) -> HealthPublic:
    """200 with version and counts when Neo4j answers; 503 with a reason when it does not."""
    return repo.health()
