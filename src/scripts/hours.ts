// The hours' status ("Buka sekarang" …) is worked out only once a channel with hours comes into view: on a long
// document whose one contact card is near the end, most readers never load it, and a reading page stays within
// its 2 KB of JavaScript (tests/built/budgets.test.ts). The hours themselves are always in the page as text.
const slots = document.querySelectorAll('[data-jam]');
if (slots.length > 0) {
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    void import('./hours-status').then((m) => m.start());
  });
  // The status slot is empty until filled; its line of hours is what comes into view.
  slots.forEach((slot) => seen.observe(slot.parentElement ?? slot));
}
