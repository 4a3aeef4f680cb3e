// Quick exit: blank the page at once, then replace it (not push) with a neutral site, so Back does not return.
const button = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');

function leave(): void {
  if (!button) return;
  document.body.style.display = 'none';
  document.title = 'Cuaca';
  location.replace(button.href);
}

button?.addEventListener('click', (event) => {
  event.preventDefault();
  leave();
});

// Three presses of Shift within two seconds, as GOV.UK's "Exit this page" does.
let presses: number[] = [];
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Shift' || event.repeat) return;
  const now = Date.now();
  presses = [...presses.filter((t) => now - t < 2000), now];
  if (presses.length >= 3) leave();
});
