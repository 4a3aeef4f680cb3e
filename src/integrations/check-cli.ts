// `npm run check`: the content check alone, without building a page — what an editor runs after each change.
// The same checks as the build, with the same messages; `--kontak-lama` also lists every contact due for a
// re-check. Exits 1 when there is a mistake.
import { formatContentErrors } from '../lib/content/errors';
import { checkContentTree } from './content-report';
import { staleList, staleSummary } from '../lib/contacts/stale';

const started = performance.now();
const { errors, warnings, stale } = await checkContentTree(process.cwd());
for (const w of warnings) console.warn(`Peringatan: ${w.file}: ${w.reason}`);
if (stale.length > 0) console.warn(process.argv.includes('--kontak-lama') ? staleList(stale) : staleSummary(stale));
if (errors.length > 0) {
  console.error(formatContentErrors(errors));
  process.exitCode = 1;
} else {
  console.log(`Isi situs valid: tidak ada masalah (${((performance.now() - started) / 1000).toFixed(1)} detik).`);
}
