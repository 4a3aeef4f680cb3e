// For staff and the curious: which rules of the routing model produced this path, so a reviewer can follow a
// result back to the data (src/content/tools/routing/rules.yaml) and the rulebook.
import type { RoutingModel } from '../../../schemas/routing';
import type { Path } from '../../../lib/routing/route';

export function RulesDetails({ model, path }: { model: RoutingModel; path: Path }) {
  const label = new Map([...model.urgent, ...model.routes, ...model.additions].map((r) => [r.id, r.label]));
  return (
    <details class="path-rules no-print">
      <summary>Aturan yang menghasilkan jalur ini</summary>
      <p>
        Rute utama: <strong>{label.get(path.route)}</strong> (<code>{path.route}</code>). Aturan rujukan ada di <code>src/content/tools/routing/rules.yaml</code>; kedua alat
        memakai aturan yang sama.
      </p>
      <ul>
        {path.steps.map((s, i) => (
          <li key={s.step.id}>
            Langkah {i + 1} ({s.step.title}): {s.rules.map((r) => `${label.get(r)} (${r})`).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
