// Visit Explorer's service worker: keeps one whole build of the site for reading
// offline, and the hashed files of the build before it (see "activate"). `visit-site prerender` writes it as dist/sw.js, filling in this build's
// version and its files (every page, the wasm, the JavaScript, the CSS).
"use strict";

const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = "visit-explorer-";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
// Content-hashed file names: a name never stands for two contents. Trunk writes
// its 64-bit hash in hex without leading zeros: 16 digits, or fewer.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

// Cache this build in full before taking over: a half-cached site is no use offline.
self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Content-hashed files never change, so the copies the page has just loaded
    // are reused; pages are fetched afresh.
    await cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: HASHED.test(file) ? "default" : "reload" })));
    await self.skipWaiting();
  })());
});

// Where each build's cache notes when it took over.
const ACTIVATED = new URL("__activated", SCOPE).href;

// This build, and the one it replaces: a page of that build that was still
// loading when this one took over asks for the files it was built with, which
// the host no longer has. Every older build's cache goes. Pages are only ever
// served from this build's cache, so a page never mixes two builds.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.put(ACTIVATED, new Response(String(Date.now())));
    const others = [];
    for (const key of await caches.keys()) {
      if (!key.startsWith(PREFIX) || key === CACHE) continue;
      const noted = await caches.match(ACTIVATED, { cacheName: key });
      others.push({ key, at: noted ? Number(await noted.text()) : 0 });
    }
    others.sort((a, b) => b.at - a.at);
    for (const { key } of others.slice(1)) await caches.delete(key);
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
  event.respondWith((async () => {
    const hit = await lookUp(request, { ignoreSearch: true });
    if (hit) return hit;
    // A hashed file of the build this one replaced (see "activate").
    const earlier = HASHED.test(url.pathname) ? await caches.match(request, { ignoreSearch: true }) : undefined;
    return earlier || fetch(request);
  })());
});
