// The meeting panel: who, when (at the precision known), where, topics, status by source,
// and each source's sentence highlighted in its article's text.

import { getJson } from "./api.js";
import { dateLabel } from "./dates.js";
import { el } from "./dom.js";

function field(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function participantItem(participant) {
  const office = participant.office ? ` (${participant.office})` : "";
  return el("li", {}, el("a", { href: `#actor=${encodeURIComponent(participant.id)}` },
                             participant.name), office);
}

function statusHistory(sources) {
  const byDate = [...sources].sort((a, b) => (a.published || "").localeCompare(b.published || ""));
  return el("ol", { class: "status-history" }, ...byDate.map((s) =>
    el("li", {}, el("span", { class: `status ${s.status}` }, s.status || "?"),
       ` reported ${s.published ? `on ${s.published}` : "(undated article)"}`,
       s.date ? `, for ${s.date}` : "")));
}

// The article text with [start, end) marked; a note when the offsets do not give the evidence.
export function highlighted(text, source) {
  const { start, end, evidence } = source;
  if (typeof text !== "string" || start == null || end == null || end > text.length) {
    return el("p", { class: "note" }, "The article's text is not available: the evidence alone is shown.",
              el("blockquote", {}, el("mark", { class: "evidence-only" }, evidence)));
  }
  const exact = text.slice(start, end) === evidence;
  return el("div", {},
    exact ? null : el("p", { class: "note warn" },
                      "The stored offsets do not give the evidence sentence exactly."),
    el("div", { class: "article-text", "data-testid": "article-text" },
       text.slice(0, start), el("mark", { class: "evidence" }, text.slice(start, end)),
       text.slice(end)));
}

async function sourceBlock(source) {
  const title = source.title || source.article_id;
  const heading = el("h4", {}, source.url
    ? el("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, title)
    : title);
  const meta = el("p", { class: "meta" },
    `${source.published ? `published ${source.published}` : "undated article"}`,
    source.source ? ` · ${source.source}` : "", source.url ? "" : " · no URL for this article");
  const block = el("section", { class: "source", "data-article": source.article_id },
                   heading, meta, el("blockquote", { class: "sentence" }, source.evidence));
  try {
    const article = await getJson(`/articles/${encodeURIComponent(source.article_id)}`);
    const body = highlighted(article.text, source);
    block.append(el("details", { open: true }, el("summary", {}, "In the article"), body));
  } catch (error) {
    block.append(el("p", { class: "error" }, `Could not load the article: ${error.message}`));
  }
  return block;
}

export async function renderMeeting(container, meeting) {
  container.replaceChildren(el("p", { class: "loading" }, "Loading…"));
  const sources = await Promise.all(meeting.sources.map(sourceBlock));
  const precision = meeting.date_precision ? ` · precision: ${meeting.date_precision}` : "";
  const inferred = meeting.date_inferred ? " (the article's date, not stated in the text)" : "";
  container.replaceChildren(
    el("h2", {}, `${meeting.kind[0].toUpperCase()}${meeting.kind.slice(1)}`,
       el("span", { class: `status ${meeting.status}` }, meeting.status)),
    el("dl", { class: "facts" },
      ...field("When", el("span", { "data-testid": "meeting-date" },
                          dateLabel(meeting.date, meeting.date_precision)), precision, inferred),
      ...field("Where", meeting.place || "not stated"),
      ...field("Who", el("ul", { class: "participants" }, ...meeting.participants.map(participantItem))),
      ...field("Topics", meeting.topics.length ? meeting.topics.join(", ") : "none found"),
      ...field("CAMEO", meeting.cameo || "–"),
      ...field("Status by source", statusHistory(meeting.sources))),
    el("h3", {}, `Sources (${meeting.sources.length})`),
    ...sources);
}
