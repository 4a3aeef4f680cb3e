// "Bacakan": every button marked data-bacakan="<id>" reads that part of the page aloud with the browser's own
// speech synthesis — nothing is sent anywhere. The buttons are hidden by the stylesheet until this script finds a
// voice on the device (html[data-suara]); without one, or without JavaScript, there is no button. One listener for
// the whole page, so the buttons the tools draw later work too. The code that speaks loads when a button is first
// pressed, so a page that is only read carries just this much.
const synth = window.speechSynthesis as SpeechSynthesis | undefined;
if (synth) {
  const found = () => {
    if (synth.getVoices().length > 0) document.documentElement.dataset.suara = '';
  };
  found();
  synth.addEventListener('voiceschanged', found);
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('[data-bacakan]');
    if (button) void import('./speak').then((speak) => speak.toggle(button, synth));
  });
}
