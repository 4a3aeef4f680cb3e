import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import '../../../src/schemas/shared';
import { firstInvalidUtf8 } from '../../../src/lib/content/encoding';
import { locateField } from '../../../src/lib/content/locate';
import { mdxSyntaxProblem } from '../../../src/lib/content/mdx-errors';
import { yamlProblem } from '../../../src/lib/content/yaml-errors';

const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('schema messages in Indonesian, in an editor’s words', () => {
  it('says limits and kinds of value, never a type name from code', () => {
    expect(message(z.string().min(5), 'abc')).toBe('terlalu pendek: paling sedikit 5 karakter');
    expect(message(z.string().min(1), '')).toBe('tidak boleh kosong');
    expect(message(z.array(z.string()).min(2), ['a'])).toBe('paling sedikit 2 butir');
    expect(message(z.string(), 12)).toBe('harus berupa teks');
    expect(message(z.array(z.string()), 'a')).toBe('harus berupa daftar (setiap butir di baris sendiri, diawali "- ")');
    expect(message(z.enum(['draf', 'berlaku']), 'final')).toBe('harus salah satu dari: draf, berlaku');
    expect(message(z.url(), 'kpai.go.id')).toBe('harus berupa URL lengkap (https://…)');
  });

  it('leaves a schema’s own message as it is', () => {
    expect(message(z.string().min(3, 'judul sumber wajib diisi'), 'a')).toBe('judul sumber wajib diisi');
  });
});

describe('where a mistake is', () => {
  it('finds the first byte that is not UTF-8, by line and column', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('baik\nsemuanya ✓'))).toBeUndefined();
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x0a]))).toEqual({ line: 2, column: 2 });
  });

  it('follows a field named by the checks into the YAML text', () => {
    const text = '- id: polisi\n  name: Polisi 110\n- id: kpai\n  name: KPAI\n  channels:\n    - kind: telepon\n      value: "1"\n';
    expect(locateField(text, 'kpai.channels[0].value')).toEqual({ line: 7, column: 14 });
    expect(locateField(text, 'kpai.channels[0].source')).toEqual({ line: 6, column: 7 });
    expect(locateField(text, 'butir ke-2.name')).toEqual({ line: 4, column: 9 });
    expect(locateField('status: final\n', 'status', 1)).toEqual({ line: 2, column: 9 });
  });

  it('blames the line that opened a bracket, not the line where the parser stumbled', () => {
    const text = 'changes: ["Draf awal."\nlegalBasis: ["UU"]\n';
    expect(yamlProblem('BAD_INDENT', text, 2, 1)).toEqual({ line: 1, column: 10, reason: 'tanda [ dibuka di sini tetapi tidak ditutup dengan ] di baris yang sama' });
    expect(yamlProblem('TAB_AS_INDENT', 'a: 1\n\tb: 2\n', 2, 1).reason).toBe('baris ini memakai tab untuk indentasi; YAML hanya menerima spasi');
  });

  it('turns the MDX compiler’s words into what to do', () => {
    expect(mdxSyntaxProblem('3:1: Expected a closing tag for `<Steps>` (3:1) (mdx-jsx:unexpected-character)')).toEqual({
      line: 3,
      column: 1,
      reason: 'komponen <Steps> dibuka di sini tetapi tidak ditutup: tambahkan </Steps> setelah isinya, atau tulis <Steps … /> bila tanpa isi',
    });
    expect(mdxSyntaxProblem('1:3: Unexpected character after `<`, expected a valid JSX tag').reason).toContain('untuk tanda "kurang dari" tulis &lt;');
  });
});
