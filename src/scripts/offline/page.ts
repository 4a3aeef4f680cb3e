// The page about reading offline: the control is the page's purpose, so its code loads with it.
import { offlineControl } from './control';

const section = document.getElementById('luring');
if (section && 'serviceWorker' in navigator) {
  section.querySelector<HTMLElement>('.offline-actions')!.hidden = false;
  section.querySelector('[data-offline-save]')!.addEventListener('click', () => void offlineControl(section, true));
  void offlineControl(section, false);
}
