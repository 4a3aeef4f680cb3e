/// <reference lib="webworker" />
// The service worker for reading offline. It is registered only when a reader chooses "Simpan untuk dibaca
// luring", and then keeps exactly what the build listed (src/lib/offline/manifest.ts): the current version of
// every document, the glossary, the contact list, the page that explains this, and the files they need. Nothing
// else is cached, ever: tool pages, their data and anything a reader types go to the network as if there were no
// service worker. Bundled with esbuild after the build (src/integrations/offline-worker.ts), which fills in the
// list and the build's day.
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { markSaved } from '../lib/offline/mark-saved';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  __OFFLINE_INFO: { documents: string[]; built: string; fallback: string; base: string };
};

const info = self.__OFFLINE_INFO;
setCacheNameDetails({ prefix: 'pedoman-luring' });
cleanupOutdatedCaches();
// Every saved page says it is saved (and where to remove it), in its own "Baca tanpa internet" line.
addPlugins([
  {
    cachedResponseWillBeUsed: async ({ cachedResponse }) => {
      if (!cachedResponse?.headers.get('content-type')?.includes('text/html')) return cachedResponse;
      const { status, statusText, headers } = cachedResponse;
      return new Response(markSaved(await cachedResponse.text(), info.built, info.base), { status, statusText, headers });
    },
  },
]);
// Pages are listed by their address ("…/kontak/"); a link to "…/kontak" or "…/kontak/index.html" finds them too.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: false, ignoreURLParametersMatching: [/.*/] });

// Any other page goes to the network, as if there were no worker, and is never kept. Without a connection, the
// reader gets the page that says what was saved instead of the browser's error.
registerRoute(({ request }) => request.mode === 'navigate', ({ request }) => fetch(request));
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache(info.fallback)) ?? Response.error();
  return Response.error();
});

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page asks what is kept, to say so.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'status') event.ports[0]?.postMessage({ documents: info.documents.length, built: info.built });
});
