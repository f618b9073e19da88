// An actor's meetings on a time axis: held filled, planned hollow and dashed, a day as a dot,
// a month or an interval as a bar over its whole span. Undated meetings are listed apart.

import { dateLabel, spanOf } from "./dates.js";
import { el } from "./dom.js";

const d3 = window.d3;
const LANE = 26;
const MARGIN = { top: 12, right: 24, bottom: 28, left: 24 };

export function counterpartsOf(meeting, actorId) {
  const others = meeting.participants.filter((p) => p.id !== actorId).map((p) => p.name);
  return others.length ? others.join(", ") : "(no counterpart named)";
}

export function describe(meeting, actorId) {
  const place = meeting.place ? ` in ${meeting.place}` : "";
  return `${meeting.kind} with ${counterpartsOf(meeting, actorId)}${place}`;
}

// Greedy lanes so that overlapping marks do not hide each other.
function assignLanes(placed, x) {
  const laneEnds = [];
  for (const item of placed) {
    const left = x(item.span.start);
    let lane = laneEnds.findIndex((end) => end + 90 < left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = Math.max(x(item.span.end), left);
    item.lane = lane;
  }
  return Math.max(1, laneEnds.length);
}

function xScale(placed, width) {
  const starts = placed.map((p) => p.span.start);
  const ends = placed.map((p) => p.span.end);
  const day = 24 * 3600 * 1000;
  const first = d3.min(starts);
  const last = d3.max(ends);
  const pad = Math.max(30 * day, (last - first) * 0.05);
  return d3.scaleUtc().domain([new Date(+first - pad), new Date(+last + pad)])
    .range([MARGIN.left, width - MARGIN.right]);
}

function drawMarks(svg, placed, x, onSelect, actorId) {
  const marks = svg.append("g").selectAll("g").data(placed).join("g")
    .attr("class", (d) => `tl-mark ${d.meeting.status}`)
    .attr("data-meeting", (d) => d.meeting.id)
    .attr("data-date", (d) => d.meeting.date)
    .attr("data-status", (d) => d.meeting.status)
    .attr("tabindex", 0)
    .attr("role", "button")
    .attr("transform", (d) => `translate(0,${MARGIN.top + d.lane * LANE + LANE / 2})`)
    .on("click", (event, d) => onSelect(d.meeting))
    .on("keydown", (event, d) => { if (event.key === "Enter") onSelect(d.meeting); });
  marks.append("title").text((d) => `${dateLabel(d.meeting.date, d.meeting.date_precision)}: `
                                    + `${describe(d.meeting, actorId)} (${d.meeting.status})`);
  marks.filter((d) => d.span.precision === "day").append("circle")
    .attr("cx", (d) => x(d.span.start)).attr("r", 7);
  marks.filter((d) => d.span.precision !== "day").append("rect")
    .attr("x", (d) => x(d.span.start)).attr("y", -6).attr("height", 12).attr("rx", 4)
    .attr("width", (d) => Math.max(8, x(d.span.end) - x(d.span.start)));
  const [, right] = x.range();
  const leftOfMark = (d) => x(d.span.end) + 130 > right;
  marks.append("text").attr("class", "tl-label")
    .attr("x", (d) => (leftOfMark(d) ? x(d.span.start) - 10 : x(d.span.end) + 10))
    .attr("text-anchor", (d) => (leftOfMark(d) ? "end" : "start")).attr("dy", "0.35em")
    .text((d) => `${d.meeting.date}${d.meeting.place ? ` · ${d.meeting.place}` : ""}`);
}

function drawAxis(container, placed, onSelect, actorId) {
  const width = Math.max(480, container.clientWidth || 800);
  const x = xScale(placed, width);
  const lanes = assignLanes(placed, x);
  const height = MARGIN.top + lanes * LANE + MARGIN.bottom;
  const svg = d3.select(container).append("svg")
    .attr("class", "timeline-svg").attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width).attr("height", height);
  svg.append("g").attr("class", "axis")
    .attr("transform", `translate(0,${height - MARGIN.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(10, Math.floor(width / 90))));
  drawMarks(svg, placed, x, onSelect, actorId);
}

function meetingRow(meeting, actorId, onSelect) {
  const button = el("button", { class: `meeting-row ${meeting.status}`, type: "button",
                                "data-meeting": meeting.id },
    el("span", { class: "when" }, dateLabel(meeting.date, meeting.date_precision)),
    el("span", { class: `status ${meeting.status}` }, meeting.status),
    el("span", { class: "what" }, describe(meeting, actorId)));
  button.addEventListener("click", () => onSelect(meeting));
  return el("li", {}, button);
}

// Renders into `container`; returns nothing. Meetings whose date has no year are undated here.
export function renderTimeline(container, meetings, actorId, onSelect) {
  container.replaceChildren();
  const placed = meetings.map((meeting) => ({ meeting, span: spanOf(meeting.date) }))
    .filter((item) => item.span)
    .sort((a, b) => a.span.start - b.span.start);
  const undated = meetings.filter((m) => !spanOf(m.date));
  const chart = el("div", { class: "timeline-chart", "data-testid": "timeline" });
  container.append(
    el("p", { class: "legend" },
      el("span", { class: "swatch held" }), "held ",
      el("span", { class: "swatch planned" }), "planned · a dot is a day, a bar a month or an interval"),
    chart);
  if (placed.length) drawAxis(chart, placed, onSelect, actorId);
  else chart.append(el("p", { class: "empty" }, "No dated meetings."));
  container.append(
    el("h3", {}, `Dated (${placed.length})`),
    el("ol", { class: "meeting-list dated" },
      ...placed.map((item) => meetingRow(item.meeting, actorId, onSelect))),
    el("h3", {}, `Undated, not placed on the timeline (${undated.length})`),
    el("ul", { class: "meeting-list undated", "data-testid": "undated" },
      ...undated.map((m) => meetingRow(m, actorId, onSelect))));
}
