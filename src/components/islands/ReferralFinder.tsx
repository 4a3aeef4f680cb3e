// Referral-path finder: the case, the place, what else is true → who to contact first, then next. The rules
// are in src/lib/referral; this only asks and shows. A province's regencies and services are fetched from this
// site when that province is chosen. Answers stay in this component's memory: never in the address or storage.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../schemas/contact';
import { ages, type Age } from '../../lib/referral/ages';
import type { ReferralRules } from '../../schemas/referral';
import { findPath } from '../../lib/referral/find-path';
import { placeIn, type ProvinceDirectory, type Region } from '../../lib/referral/place';
import { pathText } from '../../lib/referral/summary';
import { ChoiceGroup } from './form/ChoiceGroup';
import { ErrorSummary } from './form/ErrorSummary';
import { Combobox } from './form/Combobox';
import { ReferralPath } from './ReferralPath';
import { ResultActions } from './ResultActions';
import { withBoundary } from './IslandBoundary';

interface Props {
  rules: ReferralRules;
  contacts: Contact[];
  provinces: Region[];
  clauseLabels: Record<string, string>;
  base: string;
  /** Where a province's directory is, with `{code}` for its code. */
  dataUrl: string;
}

type Field = 'jenis' | 'usia' | 'provinsi' | 'kabupaten';
type Errors = Partial<Record<Field, string>>;

const ageChoice: Record<Age, string> = { anak: 'Di bawah 18 tahun', dewasa: '18 tahun atau lebih', 'tidak-tahu': 'Saya tidak tahu' };

function Finder({ rules, contacts, provinces, clauseLabels, base, dataUrl }: Props) {
  const [ready, setReady] = useState(false);
  const [caseType, setCaseType] = useState('');
  const [age, setAge] = useState<Age | ''>('');
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState('');
  const [flags, setFlags] = useState<string[]>([]);
  const [directories, setDirectories] = useState<Record<string, ProvinceDirectory | 'memuat' | 'gagal'>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const contactById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setShown(false);
  };

  const chooseProvince = (code: string) => {
    changed(setProvince)(code);
    setRegency('');
    if (!code || directories[code]) return;
    setDirectories((d) => ({ ...d, [code]: 'memuat' }));
    loadDirectory(dataUrl.replace('{code}', code)).then(
      (directory) => setDirectories((d) => ({ ...d, [code]: directory })),
      () => setDirectories((d) => ({ ...d, [code]: 'gagal' })),
    );
  };

  const loaded = directories[province];
  const directory: ProvinceDirectory | undefined =
    typeof loaded === 'object' ? loaded : loaded === 'gagal' ? { ...provinces.find((p) => p.code === province)!, regencies: [], services: [] } : undefined;

  const submit = (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    if (!caseType) found.jenis = 'Pilih apa yang terjadi, atau "Lainnya atau saya tidak yakin".';
    if (!age) found.usia = 'Pilih usia korban saat kejadian, atau "Saya tidak tahu".';
    if (!province) found.provinsi = 'Pilih provinsi dari daftar. Ketik sebagian namanya untuk menyaring.';
    else if (!directory) found.provinsi = 'Daftar kabupaten/kota masih dimuat. Tunggu sebentar, lalu tekan tombol lagi.';
    setErrors(found);
    setShown(Object.keys(found).length === 0);
  };

  const restart = () => {
    setCaseType('');
    setAge('');
    setProvince('');
    setRegency('');
    setFlags([]);
    setErrors({});
    setShown(false);
    requestAnimationFrame(() => document.getElementById('jenis')?.querySelector('input')?.focus());
  };

  const situation = { caseType, age: age || 'tidak-tahu', flags } as const;
  const place = shown && directory ? placeIn(directory, regency || undefined) : undefined;
  const path = place ? findPath(rules, situation, place) : undefined;
  const errorList = Object.entries(errors) as [Field, string][];

  return (
    <>
      <form onSubmit={submit} noValidate class="finder-form no-print">
        <ErrorSummary errors={errorList.map(([field, message]) => ({ field, message }))} />
        <ChoiceGroup
          id="jenis"
          legendClass="field-label" legend="Apa yang terjadi?"
          type="radio"
          options={rules.caseTypes}
          chosen={[caseType]}
          error={errors.jenis}
          onToggle={(id) => changed(setCaseType)(id)}
        />
        <ChoiceGroup
          id="usia"
          legendClass="field-label" legend="Berapa usia korban saat kejadian?"
          hint="Yang dihitung adalah usia saat kejadian, bukan sekarang."
          type="radio"
          options={ages.map((a) => ({ id: a, label: ageChoice[a], hint: a === 'tidak-tahu' ? 'Kami akan menganggapnya anak.' : undefined }))}
          chosen={[age]}
          error={errors.usia}
          onToggle={(id) => changed(setAge)(id as Age)}
        />
        <Combobox
          id="provinsi"
          label="Provinsi tempat anak berada"
          hint="Ketik sebagian nama, lalu pilih dari daftar."
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
          value={province}
          onChange={chooseProvince}
          error={errors.provinsi}
          disabled={!ready}
        />
        <Combobox
          id="kabupaten"
          label="Kabupaten/kota (bila Anda tahu)"
          hint={
            !province
              ? 'Pilih provinsi lebih dulu.'
              : loaded === 'memuat'
                ? 'Memuat daftar kabupaten/kota…'
                : loaded === 'gagal'
                  ? 'Daftar kabupaten/kota tidak dapat dimuat. Jalur tetap dapat dilihat untuk provinsi ini.'
                  : 'Boleh dikosongkan: jalur tetap dapat dilihat untuk provinsinya.'
          }
          options={(directory?.regencies ?? []).map((r) => ({ value: r.code, label: r.name }))}
          value={regency}
          onChange={changed(setRegency)}
          disabled={!ready || !directory || directory.regencies.length === 0}
        />
        <ChoiceGroup
          id="keadaan"
          legendClass="field-label" legend="Apakah ada keadaan berikut?"
          hint="Pilih semua yang sesuai, atau lewati bila tidak ada."
          type="checkbox"
          options={rules.flags}
          chosen={flags}
          onToggle={(id) => changed(setFlags)(flags.includes(id) ? flags.filter((f) => f !== id) : rules.flags.map((f) => f.id).filter((f) => f === id || flags.includes(f)))}
        />
        <p>
          <button type="submit" disabled={!ready}>
            Tampilkan jalur rujukan
          </button>
        </p>
      </form>
      {place && path && (
        <div class="result-block">
          <ReferralPath
            rules={rules}
            situation={situation}
            place={place}
            path={path}
            contacts={contactById}
            clauseLabels={clauseLabels}
            base={base}
            heading={heading}
            directoryMissing={loaded === 'gagal'}
          />
          <ResultActions
            copyLabel="Salin jalur"
            copy={() => ({ text: pathText(rules, situation, place, path, contactById), done: 'Jalur sudah disalin.' })}
            printLabel="Cetak"
            restart={restart}
          />
          <p class="hint">Jawaban Anda hanya ada di halaman ini, hilang saat halaman ditutup, dan tidak pernah dikirim ke mana pun.</p>
        </div>
      )}
    </>
  );
}

/** A province's directory from this site; anything not shaped like one is refused, and the finder says so. */
async function loadDirectory(url: string): Promise<ProvinceDirectory> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${response.status}`);
  const data = (await response.json()) as ProvinceDirectory;
  if (typeof data?.code !== 'string' || !Array.isArray(data.regencies) || !Array.isArray(data.services)) throw new Error('bentuk data wilayah tidak dikenali');
  return data;
}

export default withBoundary(Finder, ({ base }) => (
  <ul>
    <li><a href={`${base}layanan/`}>Layanan menurut daerah</a>: layanan di setiap provinsi</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>, dengan sumber setiap nomor</li>
  </ul>
));
