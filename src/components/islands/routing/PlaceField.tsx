// Where the child is: a province (or "I don't know"), then, when known, a regency or city. Both searchable by
// typing. The answer is ["32"], ["32", "32.75"] or ["tidak-tahu"], the same in both tools.
import type { ComponentChildren } from 'preact';
import type { Question } from '../../../schemas/routing';
import { UNKNOWN_PLACE } from '../../../lib/routing/answers';
import type { Region } from '../../../lib/routing/place';
import { Combobox } from '../form/Combobox';
import type { DirectoryState } from './useDirectory';

interface Props {
  question: Question;
  provinces: readonly Region[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  directory: DirectoryState;
  error?: string;
  disabled?: boolean;
  /** The group's legend: the question as the page's heading (pre-screening), or as a label (finder). */
  legend: ComponentChildren;
  legendClass?: string;
}

export function PlaceField({ question, provinces, value, onChange, directory, error, disabled, legend, legendClass }: Props) {
  const [province = '', regency = ''] = value;
  const regencies = typeof directory === 'object' ? directory.regencies : [];
  const known = province !== '' && province !== UNKNOWN_PLACE;
  return (
    <fieldset class="field place-field" id={question.id}>
      <legend class={legendClass}>{legend}</legend>
      <Combobox
        id={`${question.id}-provinsi`}
        label="Provinsi"
        hint={question.hint ? `${question.hint} Ketik sebagian nama, lalu pilih dari daftar.` : 'Ketik sebagian nama, lalu pilih dari daftar.'}
        options={[...provinces.map((p) => ({ value: p.code, label: p.name })), { value: UNKNOWN_PLACE, label: 'Saya tidak tahu, atau di luar Indonesia' }]}
        value={province}
        onChange={(code) => onChange(code ? [code] : [])}
        error={error}
        disabled={disabled}
      />
      <Combobox
        id={`${question.id}-kabupaten`}
        label="Kabupaten/kota (bila Anda tahu)"
        hint={
          !known
            ? 'Pilih provinsi lebih dulu.'
            : directory === 'memuat'
              ? 'Memuat daftar kabupaten/kota…'
              : directory === 'gagal'
                ? 'Daftar kabupaten/kota tidak dapat dimuat. Jalur tetap dapat dilihat untuk provinsi ini.'
                : 'Boleh dikosongkan: jalur tetap dapat dilihat untuk provinsinya.'
        }
        options={regencies.map((r) => ({ value: r.code, label: r.name }))}
        value={regency}
        onChange={(code) => onChange(code ? [province, code] : [province])}
        disabled={disabled || !known || regencies.length === 0}
      />
    </fieldset>
  );
}
