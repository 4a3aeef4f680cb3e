// On paper the page's emergency strip and draft banner are gone, so a printed result carries its own: where it
// comes from, that it is not KPAI's assessment, and the numbers to call if a child is in danger now.
import type { Contact } from '../../../schemas/contact';
import { DRAFT_NOTICE, emergencyLine } from '../../../lib/routing/summary';

export function PrintNotice({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <div class="print-only print-notice">
      <p>{DRAFT_NOTICE}</p>
      <p>
        <strong>{emergencyLine(contacts)}</strong>
      </p>
    </div>
  );
}
