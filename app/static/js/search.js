// Full-text search over articles and evidence (GET /search?q=, when the API has it): each hit
// opens its article with the matching passage highlighted, and a meeting hit its meeting.

import { getAll, getJson } from "./api.js";
import { el } from "./dom.js";
import { highlighted, renderMeeting } from "./panel.js";

const KIND_LABELS = { article: "article", meeting: "meeting report", stance: "stance" };

async function meetingOf(hit) {
  const { items } = await getAll("/meetings", { article: hit.article_id, limit: 200 });
  return items.find((m) => m.id === hit.meeting_id);
}

async function openHit(panel, hit) {
  panel.replaceChildren(el("p", { class: "loading" }, "Loading…"));
  const meeting = hit.meeting_id ? await meetingOf(hit) : null;
  if (meeting) {
    await renderMeeting(panel, meeting);
    return;
  }
  const article = await getJson(`/articles/${encodeURIComponent(hit.article_id)}`);
  const title = article.title || article.id;
  panel.replaceChildren(
    el("h2", {}, article.url
      ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, title) : title),
    el("p", { class: "meta" }, article.published ? `published ${article.published}` : "undated article"),
    highlighted(article.text, { start: hit.start, end: hit.end, evidence: hit.text }));
}

function hitItem(hit, onOpen) {
  const button = el("button", { type: "button", class: "hit", "data-kind": hit.kind,
                                "data-article": hit.article_id },
    el("span", { class: "kind" }, KIND_LABELS[hit.kind] || hit.kind),
    el("strong", {}, hit.title || hit.article_id),
    hit.published ? ` · ${hit.published}` : "",
    el("span", { class: "snippet" }, hit.text || ""));
  button.addEventListener("click", () => onOpen(hit));
  return el("li", {}, button);
}

export async function renderSearch(list, panel, query, guarded) {
  list.replaceChildren(el("li", { class: "loading" }, "Searching…"));
  const body = await getJson("/search", { q: query, limit: 50 });
  const hits = body.items || [];
  list.replaceChildren(...hits.map((hit) => hitItem(hit, (h) => guarded(() => openHit(panel, h)))));
  if (!hits.length) list.replaceChildren(el("li", { class: "empty" }, `Nothing matches “${query}”.`));
  if (body.truncated) list.append(el("li", { class: "note warn" }, "More hits matched: showing the best 50."));
}
