import type { ClauseEvent, ClauseEventKind } from './clause-history';

const words: Record<ClauseEventKind, string> = {
  added: 'ditambahkan',
  restored: 'dimuat kembali',
  changed: 'diubah isinya',
  moved: 'dipindahkan',
  renumbered: 'diberi nomor baru',
  renamed: 'diberi id baru',
  removed: 'dihapus',
};

/**
 * What a version did to a clause, in words: "diubah isinya dan diberi nomor baru".
 *
 * @example eventWords({ kinds: ['changed', 'renumbered'] }) // 'diubah isinya dan diberi nomor baru'
 */
export function eventWords(event: Pick<ClauseEvent, 'kinds' | 'formerId'>): string {
  const list = event.kinds.map((k) => (k === 'renamed' && event.formerId ? `${words[k]} (sebelumnya ${event.formerId})` : words[k]));
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} dan ${list.at(-1)}` : list[0]!;
}
