// The service worker: once the page has been opened, it opens again with no
// network. The build (scripts/stamp_web.mjs) fills in BUILD: this version's
// id and the files of the app shell, the program's under content-hashed names.
//   - install: every file is fetched and kept in this version's cache; a
//     response that is not 200 fails the install (nothing half-kept);
//   - hashed names (smm.<hash>.js, smm.<hash>.wasm) come from the cache first:
//     their content never changes under their name;
//   - the page itself (any navigation, whatever its ?query or #fragment) and
//     the other shell files come from the network first, from the cache when
//     there is no network or it takes too long;
//   - activate: older versions' caches are deleted.
// A new version takes over at once but never reloads a page: the page sees
// its worker's version differ from its own and says a new version is ready
// (web/offline.cpp); what a tab already runs keeps running.
'use strict';

const BUILD = { version: 'dev', files: ['./'] };  // replaced by scripts/stamp_web.mjs

const CACHE = 'smm-' + BUILD.version;
const PREFIX = 'smm-';
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;
const PAGE = new URL('./', self.location).href;
const SHELL = new Set(BUILD.files.map((f) => new URL(f, self.location).href));
const NETWORK_WAIT_MS = 3000;  // venue Wi-Fi that answers nothing: the cached page after this

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(BUILD.files.map(async (name) => {
    // The page is revalidated; hashed files may come from the HTTP cache the visit just filled.
    const response = await fetch(name, { cache: HASHED.test(name) ? 'default' : 'no-cache' });
    if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
    await cache.put(name, response);
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreVary: true, ignoreSearch: request === PAGE });
}

// A hashed file: the cache, else the network (a page of a newer version
// than this worker asks for its own files), kept when it is a 200.
async function cacheFirst(request) {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.status === 200) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

// The network's answer unless it fails, is a server error, or takes too
// long; then the cached copy (`key`), if there is one. Never written to the
// cache: the cached page must stay the one whose files were precached with it.
async function networkFirst(request, key) {
  const network = fetch(request);
  network.catch(() => {});  // answered below when it is the only answer
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch (err) {
    // no network: the cache below
  }
  const cached = await fromCache(key);
  return cached || network;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, PAGE));
  else if (HASHED.test(url.pathname)) event.respondWith(cacheFirst(request));
  else if (SHELL.has(url.href)) event.respondWith(networkFirst(request, request));
});

// The page asks which version this worker serves and whether all of it is
// in the cache ("Works offline" in the top bar).
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'smm-status' || !event.source) return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    let complete = true;
    for (const name of BUILD.files) if (!(await cache.match(name, { ignoreVary: true }))) complete = false;
    event.source.postMessage({ type: 'smm-status', version: BUILD.version, complete });
  })());
});
