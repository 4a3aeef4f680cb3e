/// <reference lib="webworker" />
// The service worker for reading offline. It is registered only when a reader chooses "Simpan untuk dibaca
// luring", and then keeps exactly what the build listed (src/lib/offline/manifest.ts): the current version of
// every document, the glossary, the contact list, the page that explains this, and the files they need. Nothing
// else is cached, ever: tool pages, their data and anything a reader types go to the network as if there were no
// service worker. Bundled with esbuild after the build (src/integrations/offline-worker.ts), which fills in the
// list and the build's day.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { setCatchHandler } from 'workbox-routing';
import { setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  __OFFLINE_INFO: { documents: string[]; built: string; fallback: string };
};

const info = self.__OFFLINE_INFO;
setCacheNameDetails({ prefix: 'pedoman-luring' });
cleanupOutdatedCaches();
// Pages are listed by their address ("…/kontak/"); a link to "…/kontak" or "…/kontak/index.html" finds them too.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: false, ignoreURLParametersMatching: [/.*/] });

// A page that was not saved, opened without a connection: the page that says what was saved.
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
