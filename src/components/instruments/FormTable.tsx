// A table section of a form — a register, a log — as a table in its own scroll box: one column per field, one
// numbered row per entry. The blank or filled sheet and fill mode differ only in what a cell holds.
import type { ComponentChildren } from 'preact';
import type { FieldView, SectionView } from '../../lib/instruments/view';

interface Props {
  section: SectionView;
  class: string;
  cell: (field: FieldView, row: number) => ComponentChildren;
}

export function FormTable({ section, class: className, cell }: Props) {
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-label={`${section.title}; geser ke samping bila terpotong`}>
      <table class={className}>
        <thead>
          <tr>
            <th scope="col">No.</th>
            {section.fields.map((f) => (
              <th key={f.id} scope="col">
                {f.label}
                {f.required && <span class="req"> *</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: section.rows ?? 0 }, (_, row) => (
            <tr key={row}>
              <td>{row + 1}</td>
              {section.fields.map((f) => (
                <td key={f.id}>{cell(f, row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
