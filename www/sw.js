// The demo's service worker: so that the demo works offline once it has been opened. Every
// same-origin GET goes to the network first (a rebuilt package is always picked up) and falls
// back to the copy cached by the last successful load; the page, the package and the sample pages
// are cached at install.
const CACHE = 'pagenorm-demo-v1';
const SHELL = ['./', 'index.html', 'app.js', 'worker.js', 'style.css', 'pkg/pagenorm.js', 'pkg/pagenorm_bg.wasm', 'samples/index.json'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL);
    const samples = await (await fetch('samples/index.json')).json();
    await cache.addAll(samples.map((s) => `samples/${encodeURIComponent(s.file)}`));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(event.request);
      if (response.ok) cache.put(event.request, response.clone());
      return response;
    } catch (e) {
      const cached = await cache.match(event.request, { ignoreSearch: true });
      if (cached) return cached;
      throw e;
    }
  })());
});
