// Reads a part of the page aloud, or stops: loaded by src/scripts/read-aloud.ts when a "Bacakan" button is first
// pressed. Pressing the same button again, or another one, stops what is being read.
import { pickVoice, speakableText } from '../lib/read-aloud';

let playing: Element | undefined;

function stop(synth: SpeechSynthesis): void {
  synth.cancel();
  playing?.setAttribute('aria-pressed', 'false');
  playing = undefined;
}

export function toggle(button: Element, synth: SpeechSynthesis): void {
  const again = button === playing;
  stop(synth);
  const part = document.getElementById(button.getAttribute('data-bacakan') ?? '');
  if (again || !part) return;
  const utterance = new SpeechSynthesisUtterance(speakableText(part));
  utterance.lang = 'id-ID';
  utterance.voice = pickVoice(synth.getVoices()) ?? null;
  utterance.onend = utterance.onerror = () => {
    if (playing === button) stop(synth);
  };
  button.setAttribute('aria-pressed', 'true');
  playing = button;
  synth.speak(utterance);
  if (!listening) {
    listening = true;
    addEventListener('pagehide', () => stop(synth));
  }
}

let listening = false;
