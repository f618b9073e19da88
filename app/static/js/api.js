// Talks to the srk-graph API: JSON, RFC 9457 problems as errors, list or cursor pages.

const KEY_STORAGE = "srk-api-key";

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || "";
}

export function setApiKey(value) {
  if (value) sessionStorage.setItem(KEY_STORAGE, value);
  else sessionStorage.removeItem(KEY_STORAGE);
}

export function urlFor(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const one of [].concat(value)) url.searchParams.append(name, one);
  }
  return url;
}

async function problemOf(response) {
  const fallback = new ApiError(response.status, `HTTP ${response.status}`, response.statusText);
  try {
    const body = await response.json();
    const detail = body.detail ?? "";
    const fields = (body.errors || []).map((e) => `${(e.loc || []).join(".")}: ${e.msg}`);
    return new ApiError(response.status, body.title || fallback.title,
                        [detail, ...fields].filter(Boolean).join("; "));
  } catch {
    return fallback;
  }
}

export async function getJson(path, params = {}) {
  const headers = { Accept: "application/json" };
  const key = apiKey();
  if (key) headers["X-API-Key"] = key;
  let response;
  try {
    response = await fetch(urlFor(path, params), { headers });
  } catch (error) {
    throw new ApiError(0, "The API did not answer", String(error.message || error));
  }
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

// A list endpoint answers a bare list or a page {items, next_cursor}.
export function itemsOf(body) {
  if (Array.isArray(body)) return { items: body, next: null };
  return { items: body.items || [], next: body.next_cursor || null };
}

// Every item of a list endpoint, following next_cursor up to maxPages pages.
export async function getAll(path, params = {}, maxPages = 20) {
  const all = [];
  let cursor = null;
  for (let page = 0; page < maxPages; page += 1) {
    const { items, next } = itemsOf(await getJson(path, cursor ? { ...params, cursor } : params));
    all.push(...items);
    if (!next) return { items: all, complete: true };
    cursor = next;
  }
  return { items: all, complete: false };
}

let routes = null;

// Whether the API serves `path` (from its OpenAPI document), so that the page never probes a
// route an older API lacks (a 404 would be a console error and a wasted request).
export async function hasRoute(path) {
  if (!routes) {
    routes = getJson("/openapi.json").then((doc) => new Set(Object.keys(doc.paths || {})))
      .catch(() => new Set());
  }
  return (await routes).has(path);
}
