// An instrument page: "Cetak formulir kosong" prints the page (which prints only the form), and "Isi di layar"
// loads fill mode on demand, so a blank form page carries almost no JavaScript.
const start = document.querySelector<HTMLButtonElement>('[data-fill-start]');
const root = document.getElementById('isi-formulir');

document.querySelector('[data-print]')?.addEventListener('click', () => print());

start?.addEventListener('click', () => {
  if (!root?.dataset.view) return;
  start.disabled = true;
  const done = () => {
    start.disabled = false;
    start.focus();
  };
  import('./instruments/fill')
    .then(({ openFill }) => openFill(root, JSON.parse(root.dataset.view!), done))
    .catch(() => {
      // The message is in the page already, so a failed load costs the blank form page nothing.
      document.getElementById('isi-gagal')!.hidden = false;
      done();
    });
});
