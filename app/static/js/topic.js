// The topic view: how many meetings and stances per month (GET /topics/{id}/timeline,
// counts kept at write time) and the stances grouped by holder (GET /stances?topic=).

import { getAll, getJson } from "./api.js";
import { el } from "./dom.js";

const d3 = window.d3;
const MAX_FILLED_MONTHS = 360;

function nextMonth(month) {
  const [year, m] = month.split("-").map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

// Every month from the first to the last, with zero counts for the empty ones.
export function monthlyCounts(months) {
  const dated = months.filter((m) => m.month).sort((a, b) => a.month.localeCompare(b.month));
  const known = new Map(dated.map((m) => [m.month, m]));
  const rows = [];
  if (!dated.length) return rows;
  const last = dated[dated.length - 1].month;
  for (let month = dated[0].month; rows.length < MAX_FILLED_MONTHS; month = nextMonth(month)) {
    const found = known.get(month);
    rows.push({ month, meetings: found ? found.meetings : 0, stances: found ? found.stances : 0 });
    if (month === last) break;
  }
  return rows;
}

function drawBars(container, rows) {
  const width = Math.max(480, container.clientWidth || 800);
  const height = 240;
  const margin = { top: 16, right: 16, bottom: 44, left: 36 };
  const x = d3.scaleBand().domain(rows.map((r) => r.month))
    .range([margin.left, width - margin.right]).padding(0.2);
  const top = d3.max(rows, (r) => Math.max(r.meetings, r.stances)) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  const half = x.bandwidth() / 2;
  const svg = d3.select(container).append("svg").attr("class", "topic-svg")
    .attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
  const every = Math.ceil(rows.length / Math.floor(width / 60));
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).tickValues(rows.map((r) => r.month).filter((_, i) => i % every === 0)))
    .selectAll("text").attr("transform", "rotate(-35)").attr("text-anchor", "end");
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(top, 5)).tickFormat(d3.format("d")));
  for (const [series, offset] of [["meetings", 0], ["stances", half]]) {
    svg.append("g").selectAll("rect").data(rows.filter((r) => r[series] > 0)).join("rect")
      .attr("class", `bar ${series}`).attr("data-month", (r) => r.month)
      .attr("x", (r) => x(r.month) + offset).attr("width", half)
      .attr("y", (r) => y(r[series])).attr("height", (r) => y(0) - y(r[series]))
      .append("title").text((r) => `${r.month}: ${r[series]} ${series}`);
  }
}

function monthTable(rows, undated) {
  const body = rows.filter((r) => r.meetings || r.stances).map((r) =>
    el("tr", { "data-month": r.month }, el("td", {}, r.month), el("td", {}, r.meetings),
       el("td", {}, r.stances)));
  if (undated) {
    body.push(el("tr", { "data-month": "undated" }, el("td", {}, "undated"),
                 el("td", {}, undated.meetings), el("td", {}, undated.stances)));
  }
  return el("table", { class: "months", "data-testid": "topic-months" },
    el("thead", {}, el("tr", {}, el("th", {}, "month"), el("th", {}, "meetings"), el("th", {}, "stances"))),
    el("tbody", {}, ...body));
}

function stanceItem(stance) {
  const target = stance.target ? ` towards ${stance.target.name}` : ` on ${stance.topic || "the topic"}`;
  const when = stance.source.published ? ` · stated ${stance.source.published}` : " · undated article";
  const title = stance.source.title || stance.source.article_id;
  return el("li", {}, el("span", { class: `polarity ${stance.polarity}` }, stance.polarity),
            `${target}${when}`,
            el("blockquote", {}, stance.source.evidence),
            el("p", { class: "meta" }, "source: ", stance.source.url
              ? el("a", { href: stance.source.url, target: "_blank", rel: "noopener noreferrer" }, title)
              : title));
}

export function stancesByHolder(stances) {
  const groups = d3.group(stances, (s) => s.holder.id);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0].holder.name.localeCompare(b[0].holder.name));
}

function holderSection(stances) {
  const holder = stances[0].holder;
  return el("section", { class: "holder", "data-holder": holder.id },
    el("h4", {}, el("a", { href: `#actor=${encodeURIComponent(holder.id)}` }, holder.name),
       ` (${stances.length})`),
    el("ul", { class: "stances" }, ...stances.map(stanceItem)));
}

export async function topicOptions() {
  const { items } = await getAll("/topics");
  return items;
}

export async function renderTopic(container, topicId) {
  container.replaceChildren(el("p", { class: "loading" }, "Loading…"));
  const [timeline, stances] = await Promise.all([
    getJson(`/topics/${encodeURIComponent(topicId)}/timeline`),
    getAll("/stances", { topic: topicId, limit: 200 }),
  ]);
  const rows = monthlyCounts(timeline.months);
  const undated = timeline.months.find((m) => !m.month);
  const chart = el("div", { class: "topic-chart", "data-testid": "topic-chart" });
  container.replaceChildren(
    el("h2", {}, `${timeline.label}: over time`),
    el("p", { class: "legend" }, el("span", { class: "swatch meetings" }), "meetings ",
       el("span", { class: "swatch stances" }), "stances, per month"),
    chart, monthTable(rows, undated),
    el("h3", {}, `Stances by holder (${stances.items.length}${stances.complete ? "" : "+"})`),
    ...stancesByHolder(stances.items).map(holderSection));
  if (rows.length) drawBars(chart, rows);
  else chart.append(el("p", { class: "empty" }, "Nothing dated on this topic."));
}
