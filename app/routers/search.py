"""Full-text search over articles and the evidence of meetings and stances."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app.graph_models import SearchPage
from app.graph_reads import GraphReads
from app.repository import BadRequest
from app.routers.network import TRUNCATED_HEADER, TRUNCATION_DOC, get_graph_reads

router = APIRouter(tags=["search"])
# No `pattern`: JSON Schema readers take \w as ASCII, and any script's letters are words here.
SearchText = Annotated[str, Query(min_length=1, max_length=200,
                                  description="words to find (any of them, in any script; at "
                                              "least one letter or digit); Lucene's "
                                              "operators and special characters are read as "
                                              "plain words and spaces",
                                  examples=["Sochi gas"])]
HitLimit = Annotated[int, Query(ge=1, le=200, examples=[20], description="most hits returned "
                                "(1-200); `truncated` says when more matched")]


@router.get("/search", response_model=SearchPage, responses={200: TRUNCATION_DOC})
def search(response: Response, reads: Annotated[GraphReads, Depends(get_graph_reads)],
           q: SearchText, limit: HitLimit = 50) -> SearchPage:
    """Articles, meeting reports and stances whose text matches `q`, best first."""
    if not any(ch.isalnum() for ch in q):
        raise BadRequest("'q' needs at least one letter or digit")
    page = reads.search(q, limit)
    response.headers[TRUNCATED_HEADER] = str(page.truncated).lower()
    return page
