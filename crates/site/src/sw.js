// Visit Explorer's service worker: keeps one whole build of the site for reading
// offline. `visit-site prerender` writes it as dist/sw.js, filling in this build's
// version and its files (every page, the wasm, the JavaScript, the CSS).
"use strict";

const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = "visit-explorer-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);

// Cache this build in full before taking over: a half-cached site is no use offline.
self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Content-hashed files never change, so the copies the page has just loaded
    // are reused; pages are fetched afresh.
    const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;
    await cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: hashed.test(file) ? "default" : "reload" })));
    await self.skipWaiting();
  })());
});

// One build at a time: drop every other build's cache, then serve the open pages.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The cached file a page address stands for, as static hosts map addresses to files:
// "/", "/index.html", "//meetings/x", "/meetings/X/index.html" and so on.
function pageFile(url) {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch (e) {
    // A malformed escape: keep the path as it came.
  }
  path = path.replace(/\/{2,}/g, "/");
  const base = SCOPE.pathname;
  if (path + "/" === base) path = base;
  if (!path.startsWith(base)) return null;
  let rest = path.slice(base.length).replace(/(^|\/)index\.html$/i, "$1");
  if (rest === "") return "index.html";
  if (/\.[a-z0-9]+$/i.test(rest)) return rest;
  if (!rest.endsWith("/")) rest += "/";
  return rest.toLowerCase() + "index.html";
}

// Look-ups name this build's cache; unlike caches.open, caches.match never creates
// one, so a worker being replaced cannot bring its deleted cache back.
const lookUp = (what, options) => caches.match(what, { cacheName: CACHE, ...options });

async function page(request, url) {
  const file = pageFile(url);
  const hit = file && FILES.includes(file) ? await lookUp(new URL(file, SCOPE).href) : undefined;
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline, and no such page in this build: the not-found page, as a host would.
    const missing = await lookUp(new URL("404.html", SCOPE).href);
    if (!missing) throw error;
    return new Response(await missing.blob(), { status: 404, statusText: "Not Found", headers: missing.headers });
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
    return;
  }
  event.respondWith((async () => (await lookUp(request, { ignoreSearch: true })) || fetch(request))());
});
