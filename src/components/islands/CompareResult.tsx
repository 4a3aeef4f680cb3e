// The comparison of any two versions, computed in the browser when the pair was not built as a page.
// Reads ?dari=…&ke=… from the address; a pair that was built goes to its page, a bad pair gets a message.
import { useEffect, useState } from 'preact/hooks';
import { parseClauses } from '../../lib/documents/clauses';
import { compareClauses } from '../../lib/documents/compare';
import { CompareView, type CompareViewProps } from './CompareView';
import { withBoundary } from './IslandBoundary';

interface VersionLink {
  version: string;
  href: string;
  json: string;
}

interface Props {
  versions: VersionLink[];
  pairs: { from: string; to: string; href: string }[];
}

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; view: CompareViewProps };

function Comparison({ versions, pairs }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const from = params.get('dari');
    const to = params.get('ke');
    if (from === null && to === null) return;
    const before = versions.find((v) => v.version === from);
    const after = versions.find((v) => v.version === to);
    if (!before || !after) {
      const known = versions.map((v) => v.version).join(', ');
      setState({ kind: 'error', message: `Alamat ini meminta versi yang tidak ada (${[from, to].map((v) => `“${(v ?? '').slice(0, 20)}”`).join(' dan ')}). Versi yang ada: ${known}. Pilih lagi di atas.` });
      return;
    }
    if (before === after) {
      setState({ kind: 'error', message: 'Pilih dua versi yang berbeda untuk dibandingkan.' });
      return;
    }
    const built = pairs.find((p) => p.from === before.version && p.to === after.version);
    if (built) {
      location.replace(built.href);
      return;
    }
    setState({ kind: 'loading' });
    Promise.all([before, after].map((v) => fetch(v.json).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))))
      .then(([a, b]) => {
        const comparison = compareClauses(parseClauses(a), parseClauses(b));
        setState({ kind: 'ready', view: { before, after, comparison } });
      })
      .catch(() => setState({ kind: 'error', message: 'Isi kedua versi tidak dapat dimuat. Periksa sambungan Anda, lalu coba lagi.' }));
  }, []);

  if (state.kind === 'idle') return null;
  if (state.kind === 'loading') return <p role="status">Membandingkan kedua versi…</p>;
  if (state.kind === 'error')
    return (
      <div class="banner banner-old" role="alert">
        <p>{state.message}</p>
      </div>
    );
  return <CompareView {...state.view} />;
}

export default withBoundary(Comparison, () => <p>Buka salah satu perbandingan siap baca di bawah, yang tidak memerlukan JavaScript.</p>);
