"""The counterpart network over all actors, as JSON and as GraphML/GEXF for Gephi/Cytoscape."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from app import graph_reads
from app.deps import DriverDep, RepoDep, SettingsDep
from app.graph_models import NetworkPublic
from app.graph_reads import GraphReads, NetworkFilter
from app.openapi import problems
from app.params import DateFrom, DateTo, TopicParam
from app.repository import BadRequest

router = APIRouter(tags=["network"])
TRUNCATED_HEADER = "X-Result-Truncated"
EdgeLimit = Annotated[int, Query(ge=1, le=5000, examples=[100],
                                 description="most pairs returned (1-5000); `truncated` says "
                                             "when more matched")]
ActorRef = Annotated[str | None, Query(max_length=200, examples=["Putin"],
                                       description="actor id or name: only the meetings this "
                                                   "actor took part in (its ego network)")]
TRUNCATION_DOC = {"headers": {TRUNCATED_HEADER: {
    "description": "true when more pairs matched than `limit`", "schema": {"type": "string"}}}}


def get_graph_reads(driver: DriverDep, settings: SettingsDep) -> GraphReads:
    return GraphReads(driver, settings)


def network_filter(repo: RepoDep, topic: TopicParam = None, date_from: DateFrom = None,
                   date_to: DateTo = None, actor: ActorRef = None) -> NetworkFilter:
    if date_from and date_to and date_from > date_to:
        raise BadRequest("'from' is after 'to'")
    repo.require_topic(topic)
    return NetworkFilter(topic=topic, date_from=date_from, date_to=date_to,
                         actor=repo.resolve_actor(actor) if actor else None)


def filtered_network(where: Annotated[NetworkFilter, Depends(network_filter)],
                     reads: Annotated[GraphReads, Depends(get_graph_reads)],
                     limit: EdgeLimit = 500) -> NetworkPublic:
    return reads.network(where, limit)


NetworkDep = Annotated[NetworkPublic, Depends(filtered_network)]


def truncation(network: NetworkPublic) -> dict[str, str]:
    return {TRUNCATED_HEADER: str(network.truncated).lower()}


@router.get("/network", response_model=NetworkPublic,
            responses={200: TRUNCATION_DOC, **problems(404)})
def network(response: Response, graph: NetworkDep) -> NetworkPublic:
    """Who met whom over all actors: nodes with their meetings, pairs with counts and dates."""
    response.headers.update(truncation(graph))
    return graph


@router.get("/network.graphml", response_class=Response, responses={
    200: {"content": {"application/graphml+xml": {}}, **TRUNCATION_DOC}, **problems(404)})
def network_graphml(graph: NetworkDep) -> Response:
    """The same network as GraphML (Gephi, Cytoscape, yEd)."""
    return Response(graph_reads.graphml(graph), media_type="application/graphml+xml",
                    headers={**truncation(graph),
                             "Content-Disposition": 'attachment; filename="network.graphml"'})


@router.get("/network.gexf", response_class=Response, responses={
    200: {"content": {"application/gexf+xml": {}}, **TRUNCATION_DOC}, **problems(404)})
def network_gexf(graph: NetworkDep) -> Response:
    """The same network as GEXF (Gephi)."""
    return Response(graph_reads.gexf(graph), media_type="application/gexf+xml",
                    headers={**truncation(graph),
                             "Content-Disposition": 'attachment; filename="network.gexf"'})
