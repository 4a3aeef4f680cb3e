// A province's regencies and services, fetched from this site when the province is chosen and kept for the
// page's life. Anything not shaped like a directory is refused, and the tools say so and carry on without it.
import { useEffect, useState } from 'preact/hooks';
import type { ProvinceDirectory } from '../../../lib/routing/place';

export type DirectoryState = ProvinceDirectory | 'memuat' | 'gagal' | undefined;

const loaded = new Map<string, Promise<ProvinceDirectory>>();

export function useDirectory(dataUrl: string, code: string | undefined): DirectoryState {
  const [state, setState] = useState<Record<string, DirectoryState>>({});
  useEffect(() => {
    if (!code || !/^\d{2}$/.test(code) || state[code]) return;
    setState((s) => ({ ...s, [code]: 'memuat' }));
    if (!loaded.has(code)) loaded.set(code, fetchDirectory(dataUrl.replace('{code}', code)));
    loaded.get(code)!.then(
      (directory) => setState((s) => ({ ...s, [code]: directory })),
      () => {
        loaded.delete(code);
        setState((s) => ({ ...s, [code]: 'gagal' }));
      },
    );
  }, [code]);
  return code ? state[code] : undefined;
}

async function fetchDirectory(url: string): Promise<ProvinceDirectory> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${response.status}`);
  const data = (await response.json()) as ProvinceDirectory;
  if (typeof data?.code !== 'string' || !Array.isArray(data.regencies) || !Array.isArray(data.services)) throw new Error('bentuk data wilayah tidak dikenali');
  return data;
}
