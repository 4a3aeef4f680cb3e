// Progressive enhancement for reading pages; everything here also works as plain links without it.
// 1. A clause's "#" link also copies the clause's address and offers a citation line for letters.
// 2. Links marked data-keep-clause (version switcher, old-version banner) carry the clause being read.
// 3. A clause that is in no version of the document is said so.
// 4. The citation menu links the clause's history (or the version it has read the same since).

const byId = (id: string) => document.getElementById(id);
const toast = byId('pemberitahuan');
const citeBox = byId('kutipan');
const citeText = byId('kutipan-teks');
const article = document.querySelector<HTMLElement>('[data-cite]');
let timer: ReturnType<typeof setTimeout> | undefined;
let citedFrom: HTMLElement | undefined;

function announce(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  clearTimeout(timer);
  timer = setTimeout(() => (toast.textContent = ''), 5000);
}

const copy = (text: string) => (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject());

function targetId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** The heading at the top of the window, when the reader is inside the text. */
function clauseAtTop(): string | undefined {
  let id: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>('.doc-body [id]:is(h2, h3, h4)')) {
    if (heading.getBoundingClientRect().top > 96) break;
    id = heading.id;
  }
  return id;
}

// The clause the reader last stopped on. Reaching the version switcher or the banner means scrolling back
// to the top, so the clause is remembered when scrolling pauses, not read off the window at click time.
let lastRead: string | undefined = byId(targetId()) ? targetId() : undefined;
let dwell: ReturnType<typeof setTimeout> | undefined;
// (A scroll event cannot be cancelled, so the listener is passive without saying so.)
addEventListener('scroll', () => {
  clearTimeout(dwell);
  dwell = setTimeout(() => (lastRead = clauseAtTop() ?? lastRead), 300);
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a');
  if (!link) return;
  if (link.hasAttribute('data-keep-clause')) {
    const id = clauseAtTop() ?? lastRead;
    if (id) link.hash = id;
  } else if (link.classList.contains('clause-link')) {
    const id = link.hash.slice(1);
    copy(link.href).then(
      () => {
        if (!citeBox?.showPopover || !citeText || !article) return announce('Tautan ke bagian ini sudah disalin.');
        const heading = byId(id)?.textContent?.trim();
        citeText.textContent = `${article.dataset.cite}, ${heading}. ${new URL(article.dataset.citeUrl ?? '', location.href).href}#${id}`;
        // Every clause has one (src/site/clause-decorations.ts): its history, or the version it reads the same since.
        Object.assign(byId('kutipan-riwayat')!, { href: link.dataset.riwayat, textContent: link.dataset.riwayatTeks });
        citedFrom = link;
        citeBox.showPopover();
        byId('salin-kutipan')?.focus();
      },
      () => announce('Tautan ke bagian ini ada di bilah alamat; salin dari sana.'),
    );
  }
});

byId('salin-kutipan')?.addEventListener('click', () =>
  copy(citeText?.textContent ?? '').then(
    () => {
      citeBox?.hidePopover();
      announce('Kutipan sudah disalin.');
    },
    () => announce('Kutipan tidak dapat disalin; pilih teksnya lalu salin.'),
  ),
);
citeBox?.addEventListener('toggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed') citedFrom?.focus();
});

const missing = targetId();
const notice = byId('bagian-tidak-ada');
if (missing && notice && !byId(missing)) {
  byId('bagian-hilang')!.textContent = missing;
  notice.hidden = false;
}

