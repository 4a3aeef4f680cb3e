// Every criterion that applies: its level, the organisation's readiness, the guideline's result, and — opened or
// printed — the evidence that shows it and how KPAI checks it.
import { evidenceFor, type Assessment } from '../../../lib/eligibility/assess';
import { answerResultLabels, readinessLabels } from '../../../schemas/vocabularies';
import { Cite, Proposal } from './Cite';
import { siteLink, type ToolContext } from './context';

export function CriteriaTable({ ctx, assessment }: { ctx: ToolContext; assessment: Assessment }) {
  return (
    <section aria-labelledby="setiap-kriteria">
      <h2 id="setiap-kriteria">Setiap kriteria</h2>
      <div class="table-scroll" tabIndex={0} role="group" aria-label="Hasil setiap kriteria">
        <table>
          <thead>
            <tr>
              <th scope="col">Kriteria</th>
              <th scope="col">Sifat</th>
              <th scope="col">Kesiapan</th>
              <th scope="col">Hasil</th>
            </tr>
          </thead>
          <tbody>
            {assessment.results.map((r) => (
              <tr key={r.criterion.id}>
                <th scope="row">
                  <a href={siteLink(ctx, r.criterion.clause)}>{r.criterion.title}</a>
                </th>
                <td>{r.level}</td>
                <td>{r.readiness ? readinessLabels[r.readiness] : 'Belum dijawab'}</td>
                <td>{answerResultLabels[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Bukti dan cara KPAI memeriksanya</h3>
      {assessment.results.map(({ criterion }) => (
        <details key={criterion.id} class="evidence">
          <summary>{criterion.title}</summary>
          <ul>
            {evidenceFor(criterion, assessment.kind).map((e) => (
              <li key={e.text}>
                {e.text} <Proposal when={e.proposal} />
              </li>
            ))}
          </ul>
          <p>
            Diperiksa: {criterion.check.text} {criterion.check.clause && <Cite ctx={ctx} href={criterion.check.clause} />}
          </p>
        </details>
      ))}
    </section>
  );
}
