// Opens search from anywhere: the "Cari" link in the header, "/" or Ctrl/Cmd+K. The search code and its index
// load only now, on first use; without JavaScript the link goes to the search page.
const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');

function open(): void {
  if (!link) return;
  // Keys typed while the search code loads are kept and handed to the search box, so no letter is lost.
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      typed += event.key;
      event.preventDefault();
    }
  };
  document.addEventListener('keydown', keep);
  const urls = { index: link.dataset.index!, page: link.href };
  void import('./dialog')
    .then(({ openSearch }) => openSearch(urls, typed))
    .finally(() => document.removeEventListener('keydown', keep));
}

link?.addEventListener('click', (event) => {
  event.preventDefault();
  open();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
  if ((event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey)) {
    event.preventDefault();
    open();
  }
});
