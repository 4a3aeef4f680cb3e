// A day in Indonesian ("31 Desember 2026"). The browser's own formatter, rather than src/lib/format-date: sharing
// that module with the other tools' islands splits it into a chunk of its own and makes their pages heavier.
export const dayText = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const today = () => new Date().toISOString().slice(0, 10);
