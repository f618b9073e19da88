// The counterpart network: nodes sized by number of meetings, edges by meetings shared.
// Data from GET /network (filters topic, from, to, actor) when the API has it; else from
// /actors/{id}/network, or, with filters, counted from the actor's meetings already loaded.

import { getAll, getJson, hasRoute } from "./api.js";
import { spanOf } from "./dates.js";
import { el } from "./dom.js";

const d3 = window.d3;

export function yearBounds(filters) {
  return { from: filters.fromYear ? `${filters.fromYear}-01-01` : null,
           to: filters.toYear ? `${filters.toYear}-12-31` : null };
}

function inYears(meeting, { from, to }) {
  if (!from && !to) return true;
  const span = spanOf(meeting.date);
  if (!span) return false;
  return (!from || span.end >= new Date(from)) && (!to || span.start <= new Date(to));
}

export function fromMeetings(actor, meetings, filters) {
  const bounds = yearBounds(filters);
  const kept = meetings.filter((m) => (!filters.topic || m.topics.includes(filters.topic))
                                      && inYears(m, bounds));
  const counts = new Map();
  for (const meeting of kept) {
    for (const p of meeting.participants) {
      if (p.id === actor.id) continue;
      const seen = counts.get(p.id) || { ...p, meetings: 0 };
      seen.meetings += 1;
      counts.set(p.id, seen);
    }
  }
  return egoGraph(actor, [...counts.values()], kept.length);
}

function egoGraph(actor, counterparts, total) {
  return {
    nodes: [{ id: actor.id, name: actor.name, kind: actor.kind, meetings: total },
            ...counterparts.map((c) => ({ id: c.id, name: c.name, kind: c.kind, meetings: c.meetings }))],
    edges: counterparts.map((c) => ({ source: actor.id, target: c.id, meetings: c.meetings })),
  };
}

function hasFilters(filters) {
  return Boolean(filters.topic || filters.fromYear || filters.toYear);
}

export async function loadNetwork(actor, meetings, filters) {
  const { from, to } = yearBounds(filters);
  if (await hasRoute("/network")) {
    const body = await getJson("/network", { actor: actor.id, topic: filters.topic, from, to });
    return { nodes: body.nodes, edges: body.edges, truncated: Boolean(body.truncated) };
  }
  if (hasFilters(filters)) return fromMeetings(actor, meetings, filters);
  const { items } = await getAll(`/actors/${encodeURIComponent(actor.id)}/network`, { limit: 200 });
  return egoGraph(actor, items.map((c) => ({ ...c.counterpart, meetings: c.meetings })), meetings.length);
}

function radiusScale(nodes) {
  const most = Math.max(1, ...nodes.map((n) => n.meetings || 0));
  return (node) => 6 + 18 * Math.sqrt((node.meetings || 0) / most);
}

// A settled layout, computed before drawing (no animation, the same picture every time).
export function renderNetwork(container, graph, centreId) {
  container.replaceChildren();
  if (graph.nodes.length <= 1) {
    container.append(el("p", { class: "empty" }, "No counterparts for these filters."));
    return;
  }
  const width = Math.max(420, container.clientWidth || 640);
  const height = 380;
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const radius = radiusScale(nodes);
  const links = graph.edges.map((e) => ({ ...e }));
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-320))
    .force("collide", d3.forceCollide().radius((d) => radius(d) + 14))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .stop();
  for (let i = 0; i < 300; i += 1) simulation.tick();
  const clampX = (v) => Math.max(30, Math.min(width - 30, v));
  const clampY = (v) => Math.max(20, Math.min(height - 20, v));
  const svg = d3.select(container).append("svg").attr("class", "network-svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  svg.append("g").selectAll("line").data(links).join("line").attr("class", "edge")
    .attr("stroke-width", (d) => 1 + Math.sqrt(d.meetings || 1))
    .attr("x1", (d) => clampX(d.source.x)).attr("y1", (d) => clampY(d.source.y))
    .attr("x2", (d) => clampX(d.target.x)).attr("y2", (d) => clampY(d.target.y))
    .append("title").text((d) => `${d.meetings} meeting(s)`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g")
    .attr("class", (d) => `node ${d.kind || ""} ${d.id === centreId ? "centre" : ""}`)
    .attr("data-actor", (d) => d.id).attr("data-meetings", (d) => d.meetings)
    .attr("transform", (d) => `translate(${clampX(d.x)},${clampY(d.y)})`)
    .on("click", (event, d) => { window.location.hash = `actor=${encodeURIComponent(d.id)}`; });
  node.append("circle").attr("r", radius);
  node.append("text").attr("dy", (d) => radius(d) + 13).attr("text-anchor", "middle").text((d) => d.name);
  node.append("title").text((d) => `${d.name}: ${d.meetings} meeting(s)`);
  if (graph.truncated) container.append(el("p", { class: "note warn" }, "The API cut this network short."));
}
