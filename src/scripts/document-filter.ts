// The document list's filter. Choosing a reader works without JavaScript too (CSS hides the other cards); this
// adds filtering by typed words (each must appear in the card) and says how many documents are shown.
const input = document.getElementById('saring-dokumen') as HTMLInputElement;
const count = document.getElementById('jumlah-dokumen')!;
const cards = document.querySelectorAll<HTMLElement>('.doc-list > li');

// A radio button fires "input" too, so one listener serves the words and the reader.
document.querySelector('.doc-filter')!.addEventListener('input', () => {
  const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  const reader = document.querySelector<HTMLInputElement>('[name=untuk]:checked')!.value;
  let shown = 0;
  for (const card of cards) {
    card.hidden = !words.every((word) => card.textContent!.toLowerCase().includes(word));
    if (!card.hidden && card.dataset.untuk!.includes(reader)) shown++;
  }
  count.textContent = `${shown} dokumen`;
});
