import { describe, expect, it } from 'vitest';
import { channelHref } from '../../../src/lib/contacts/channel-href';
import { dateLine } from '../../../src/lib/contacts/date-line';
import { stripLinks } from '../../../src/lib/contacts/strip-links';
import type { Contact } from '../../../src/schemas/contact';

const source = { title: 'Sumber uji' };
const contact = (over: Partial<Contact>): Contact => ({
  id: 'x',
  name: 'X',
  organisation: 'Org',
  summary: 'Ringkasan layanan.',
  emergency: true,
  channels: [],
  ...over,
});

describe('channelHref', () => {
  it('makes phone numbers tap-to-call without punctuation', () => {
    expect(channelHref({ kind: 'telepon', value: '021-31901556' })).toBe('tel:02131901556');
    expect(channelHref({ kind: 'telepon', value: '(021) 3903963' })).toBe('tel:0213903963');
  });
  it('turns an Indonesian mobile number into an international WhatsApp link', () => {
    expect(channelHref({ kind: 'whatsapp', value: '08111-129-129' })).toBe('https://wa.me/628111129129');
  });
  it('links e-mail and web, and leaves an address without a link', () => {
    expect(channelHref({ kind: 'email', value: 'pengaduan@kpai.go.id' })).toBe('mailto:pengaduan@kpai.go.id');
    expect(channelHref({ kind: 'web', value: 'https://www.kpai.go.id/' })).toBe('https://www.kpai.go.id/');
    expect(channelHref({ kind: 'alamat', value: 'Jl. Contoh' })).toBeUndefined();
  });
  it('never links an address no one has confirmed in years, of any kind', () => {
    expect(channelHref({ kind: 'web', value: 'https://www.kpai.go.id/formulir-pengaduan/', unconfirmed: true })).toBeUndefined();
    expect(channelHref({ kind: 'telepon', value: '081234', unconfirmed: true })).toBeUndefined();
  });
});

describe('dateLine', () => {
  it('says when the source was published and that nobody has checked the channel yet', () => {
    expect(dateLine({ sourceDate: '2022-10' })).toBe('terbit Oktober 2022; belum diperiksa langsung');
    expect(dateLine({ sourceDate: '2021' })).toBe('terbit 2021; belum diperiksa langsung');
  });
  it('says the day a person checked it, once someone has', () => {
    expect(dateLine({ sourceDate: '2024-08-14', checkedAt: '2026-12-03' })).toBe('terbit 14 Agustus 2024; diperiksa langsung 3 Desember 2026');
  });
});

describe('stripLinks', () => {
  it('leaves out a channel marked unconfirmed', () => {
    const links = stripLinks([contact({ name: 'Contoh', channels: [{ kind: 'telepon', value: '0812', source, sourceDate: '2021', unconfirmed: true }] })]);
    expect(links).toEqual([]);
  });
  it('lists phone and WhatsApp channels of emergency contacts only, named out of context', () => {
    const links = stripLinks([
      contact({ name: 'Polisi 110', channels: [{ kind: 'telepon', value: '110', source, sourceDate: '2025' }] }),
      contact({
        name: 'SAPA 129',
        channels: [
          { kind: 'telepon', value: '129', source, sourceDate: '2024' },
          { kind: 'whatsapp', value: '08111-129-129', source, sourceDate: '2024' },
          { kind: 'email', value: 'a@b.id', source, sourceDate: '2024' },
        ],
      }),
      contact({ name: 'KPAI', emergency: false, channels: [{ kind: 'telepon', value: '021', source, sourceDate: '2022' }] }),
    ]);
    expect(links.map((l) => l.text)).toEqual(['Polisi 110', 'SAPA 129', 'WhatsApp SAPA 129: 08111-129-129']);
  });
  it('carries a contact’s caveat to each of its links', () => {
    const [link] = stripLinks([
      contact({ name: 'Darurat 112', caveat: 'belum di semua daerah', channels: [{ kind: 'telepon', value: '112', source, sourceDate: '2025' }] }),
    ]);
    expect(link).toEqual({ href: 'tel:112', text: 'Darurat 112', caveat: 'belum di semua daerah' });
  });
});
