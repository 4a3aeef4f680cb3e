// The result (readiness plan, safeguarding, draft agreement) is the larger half of the tool and is needed only at
// the end, so it is loaded when the last question is reached, or at once for a shared result.
import { useEffect, useState } from 'preact/hooks';

type ResultModule = typeof import('./Result');

export function useLazyResult(wanted: boolean): ResultModule['Result'] | 'gagal' | undefined {
  const [view, setView] = useState<ResultModule['Result'] | 'gagal'>();
  useEffect(() => {
    if (!wanted || view) return;
    import('./Result').then(
      (m) => setView(() => m.Result),
      () => setView('gagal'),
    );
  }, [wanted]);
  return view;
}
