import { describe, expect, it } from 'vitest';
import { afterTime, NO_TIME } from '../../../src/lib/routing/after';
import { channelTraces } from '../../../src/lib/contacts/traces';
import { pathLines } from '../../../src/lib/routing/summary';
import { pickVoice } from '../../../src/lib/read-aloud';
import { route } from '../../../src/lib/routing/route';
import { contacts, model } from '../routing/load';

describe('what happens after reporting', () => {
  it('says the time only with its source, and that no source gives one otherwise', () => {
    expect(afterTime({ next: 'Menelaah permohonan.', time: 'Keputusan dalam 7 hari sejak permohonan', source: 'menurut pemberitaan (Tempo, 2021)' })).toBe(
      'Keputusan dalam 7 hari sejak permohonan (menurut pemberitaan (Tempo, 2021)).',
    );
    expect(afterTime({ next: 'Menelaah.' })).toBe(NO_TIME);
  });

  it('gives times only where the reference does: SP4N-LAPOR!, LPSK, TPPK, Ombudsman, healing119, Propam; none for UPTD PPA, SAPA 129 or KPAI', () => {
    const timed = model.destinations.filter((d) => d.after.time).map((d) => d.id);
    expect(timed.sort()).toEqual(['layanan-jiwa', 'lpsk', 'ombudsman', 'propam', 'sp4n-lapor', 'tppk']);
    const byId = (id: string) => model.destinations.find((d) => d.id === id)!.after;
    expect(byId('sp4n-lapor').time).toContain('3 hari kerja');
    expect(byId('lpsk').source).toContain('pemberitaan');
    expect(byId('tppk').source).toContain('pemberitaan');
    for (const id of ['uptd-ppa', 'sapa-129', 'kpai', 'polisi']) expect(byId(id).time, id).toBeUndefined();
  });

  it('travels with a copied path: what happens next and how long, under each step', () => {
    const path = route(model, { usia: ['anak'], 'apa-terjadi': ['perundungan'], 'di-mana': ['sekolah-negeri'] }, undefined);
    const lines = pathLines(path, new Map(contacts.map((c) => [c.id, c])));
    expect(lines).toContain('   Berapa lama: Pemeriksaan paling lama 30 hari (menurut pemberitaan (Sumatera Ekspres)).');
    expect(lines.filter((l) => l.startsWith('   Sesudahnya: '))).toHaveLength(path.steps.filter((s) => s.destination).length);
  });
});

describe('what a channel leaves on the phone', () => {
  it('is said for calls, SMS and WhatsApp, each with the part of /aman/ about it, and for nothing else', () => {
    expect(Object.keys(channelTraces).sort()).toEqual(['sms', 'telepon', 'whatsapp']);
    expect(channelTraces.telepon?.section).toBe('riwayat-panggilan');
    expect(channelTraces.whatsapp?.section).toBe('whatsapp');
  });
});

describe('read aloud', () => {
  it('prefers an id-ID voice, then any Indonesian voice, else leaves the choice to the device', () => {
    const v = (lang: string) => ({ lang, name: lang });
    expect(pickVoice([v('en-US'), v('id'), v('id-ID')])?.name).toBe('id-ID');
    expect(pickVoice([v('en-US'), v('id_ID')])?.name).toBe('id_ID');
    expect(pickVoice([v('en-US'), v('id')])?.name).toBe('id');
    expect(pickVoice([v('en-US')])).toBeUndefined();
  });
});
