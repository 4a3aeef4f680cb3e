import { z } from 'astro/zod';

/**
 * zod's messages in the words of an editor who writes YAML and MDX, in Indonesian: what is wrong and what is
 * allowed, never a type name from code. A schema's own message (`.min(5, '…')`) still wins over these; this
 * map says everything the schemas leave unsaid. Installed once, for every schema, by importing this module
 * (src/schemas/shared.ts does).
 */
export const indonesianErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return kinds[issue.expected] ?? 'jenis nilainya tidak sesuai';
    case 'too_small':
      return smallest(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return largest(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_value':
      return issue.values.length === 1 ? `harus ${JSON.stringify(issue.values[0])}` : `harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return formats[issue.format] ?? 'bentuknya tidak sesuai';
    case 'invalid_union':
      return 'bentuknya tidak sesuai dengan yang diharapkan';
    case 'not_multiple_of':
      return `harus kelipatan ${issue.divisor}`;
    default:
      return 'nilainya tidak sesuai';
  }
};

const kinds: Record<string, string> = {
  string: 'harus berupa teks',
  number: 'harus berupa angka',
  int: 'harus berupa bilangan bulat',
  boolean: 'harus true atau false',
  array: 'harus berupa daftar (setiap butir di baris sendiri, diawali "- ")',
  object: 'harus berupa kumpulan kolom ("kolom: nilai"), bukan satu nilai',
  date: 'harus berupa tanggal YYYY-MM-DD',
  record: 'harus berupa kumpulan kolom ("kolom: nilai")',
};

const formats: Record<string, string> = {
  url: 'harus berupa URL lengkap (https://…)',
  email: 'harus berupa alamat surel (nama@contoh.go.id)',
  regex: 'bentuknya tidak sesuai',
};

function smallest(origin: string | undefined, n: number, inclusive: boolean): string {
  const min = inclusive ? n : n + 1;
  if (origin === 'string') return min <= 1 ? 'tidak boleh kosong' : `terlalu pendek: paling sedikit ${min} karakter`;
  if (origin === 'array' || origin === 'set') return `paling sedikit ${min} butir`;
  return `paling kecil ${inclusive ? n : `lebih dari ${n}`}`;
}

function largest(origin: string | undefined, n: number, inclusive: boolean): string {
  const max = inclusive ? n : n - 1;
  if (origin === 'string') return `terlalu panjang: paling banyak ${max} karakter`;
  if (origin === 'array' || origin === 'set') return `paling banyak ${max} butir`;
  return `paling besar ${inclusive ? n : `kurang dari ${n}`}`;
}

z.config({ customError: indonesianErrors });
