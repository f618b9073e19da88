// The page: actor search, timeline, counterpart network and meeting panel; the topic view.
// State lives in the URL hash (#actor=ID, #topic=ID) so views can be linked and reloaded.

import { apiKey, getAll, getJson, hasRoute, setApiKey } from "./api.js";
import { el } from "./dom.js";
import { loadNetwork, renderNetwork } from "./network.js";
import { renderMeeting } from "./panel.js";
import { renderSearch } from "./search.js";
import { renderTimeline } from "./timeline.js";
import { renderTopic, topicOptions } from "./topic.js";

const $ = (selector) => document.querySelector(selector);
const state = { actor: null, meetings: [], topics: [] };

function showError(error) {
  const banner = $("#error");
  banner.textContent = error && error.status === 401
    ? `${error.message}. Fill in the API key at the top right.`
    : String((error && error.message) || error);
  banner.hidden = false;
}

function clearError() {
  $("#error").hidden = true;
}

// Runs an async action; any failure is shown as text, never as a blank page.
async function guarded(action) {
  clearError();
  try {
    await action();
  } catch (error) {
    showError(error);
  }
}

function hashParams() {
  return new URLSearchParams(window.location.hash.slice(1));
}

function showView(name) {
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `${name}-view`;
  for (const tab of document.querySelectorAll("nav a[data-view]")) {
    tab.classList.toggle("active", tab.dataset.view === name);
  }
}

async function searchActors(query) {
  const results = $("#actor-results");
  results.replaceChildren(el("li", { class: "loading" }, "Searching…"));
  const { items } = await getAll("/actors", { q: query }, 1);
  results.replaceChildren(...items.map((match) => el("li", {},
    el("a", { href: `#actor=${encodeURIComponent(match.id)}`, class: "actor-match",
              "data-actor": match.id }, match.name),
    ` ${match.kind || ""}${match.score < 100 ? ` · close spelling (${Math.round(match.score)})` : ""}`)));
  if (!items.length) results.replaceChildren(el("li", { class: "empty" }, `No actor matches “${query}”.`));
  else if (hashParams().get("actor") !== items[0].id) window.location.hash = `actor=${encodeURIComponent(items[0].id)}`;
}

function networkFilters() {
  return { topic: $("#net-topic").value, fromYear: $("#net-from").value, toYear: $("#net-to").value };
}

async function drawNetwork() {
  const container = $("#network");
  container.replaceChildren(el("p", { class: "loading" }, "Loading…"));
  const graph = await loadNetwork(state.actor, state.meetings, networkFilters());
  renderNetwork(container, graph, state.actor.id);
}

function selectMeeting(meeting) {
  for (const mark of document.querySelectorAll("[data-meeting].selected")) mark.classList.remove("selected");
  for (const mark of document.querySelectorAll(`[data-meeting="${CSS.escape(meeting.id)}"]`)) {
    mark.classList.add("selected");
  }
  return guarded(() => renderMeeting($("#meeting-panel"), meeting));
}

function actorSummary(actor, total) {
  const office = (actor.offices || []).find((o) => !o.end) || (actor.offices || [])[0];
  return el("div", {},
    el("h2", { id: "actor-name" }, actor.name),
    el("p", { class: "meta" }, [actor.kind, actor.country, office && `${office.title}, ${office.country}`]
      .filter(Boolean).join(" · "), ` · ${total} meeting(s)`));
}

async function openActor(actorId) {
  showView("actor");
  const actor = await getJson(`/actors/${encodeURIComponent(actorId)}`);
  const meetings = await getAll(`/actors/${encodeURIComponent(actorId)}/meetings`, { limit: 200 });
  state.actor = actor;
  state.meetings = meetings.items;
  $("#actor-summary").replaceChildren(actorSummary(actor, meetings.items.length));
  $("#actor-body").hidden = false;
  $("#meeting-panel").replaceChildren(el("p", { class: "hint" }, "Click a meeting to read its sources."));
  renderTimeline($("#timeline"), state.meetings, actor.id, selectMeeting);
  await drawNetwork();
}

async function openTopic(topicId) {
  showView("topic");
  $("#topic-select").value = topicId;
  await renderTopic($("#topic-body"), topicId);
}

async function openSearch(query) {
  showView("search");
  $("#text-q").value = query;
  if (query) await renderSearch($("#search-hits"), $("#search-panel"), query, guarded);
}

function route() {
  const params = hashParams();
  if (params.get("topic")) return guarded(() => openTopic(params.get("topic")));
  if (params.has("search")) return guarded(() => openSearch(params.get("search")));
  showView("actor");
  if (params.get("actor")) return guarded(() => openActor(params.get("actor")));
  return Promise.resolve();
}

function fillTopicSelects(topics) {
  for (const select of [$("#topic-select"), $("#net-topic")]) {
    select.append(...topics.map((t) => el("option", { value: t.id }, `${t.label} (${t.meetings})`)));
  }
}

function wire() {
  $("#actor-search").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = $("#actor-q").value.trim();
    if (query) guarded(() => searchActors(query));
  });
  $("#text-search").addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = `search=${encodeURIComponent($("#text-q").value.trim())}`;
  });
  $("#network-filters").addEventListener("change", () => state.actor && guarded(drawNetwork));
  $("#network-filters").addEventListener("submit", (event) => event.preventDefault());
  $("#topic-select").addEventListener("change", (event) => {
    window.location.hash = `topic=${encodeURIComponent(event.target.value)}`;
  });
  $("#api-key").value = apiKey();
  $("#api-key").addEventListener("change", (event) => {
    setApiKey(event.target.value.trim());
    guarded(async () => { await loadTopics(); await route(); });
  });
  window.addEventListener("hashchange", route);
  window.addEventListener("unhandledrejection", (event) => showError(event.reason));
}

async function loadTopics() {
  if (state.topics.length) return;
  state.topics = await topicOptions();
  fillTopicSelects(state.topics);
}

wire();
guarded(async () => {
  $("#search-tab").hidden = !(await hasRoute("/search"));
  await loadTopics();
  await route();
});
