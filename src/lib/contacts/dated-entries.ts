import type { Dated } from './stale';

/**
 * Every dated fact about how to reach a service: each channel of contacts.yaml and of the regional directory,
 * and each regional service's own source, with its source's date and the day a person last checked it. Takes
 * the files as parsed by the content check, and assumes they passed it.
 */
export function datedEntries(files: readonly { file: string; data: unknown }[]): Dated[] {
  return files.flatMap(({ file, data }) =>
    ((data ?? []) as DatedYaml[]).flatMap((entry) => [
      ...(entry.sourceDate ? [dated(file, `${entry.id} (sumber layanan)`, entry)] : []),
      ...(entry.channels ?? []).map((c) => dated(file, `${entry.id}: ${c.kind} ${c.value}`, c)),
    ]),
  );
}

interface DatedFields {
  sourceDate?: string | Date;
  checkedAt?: string | Date | null;
}

interface DatedYaml extends DatedFields {
  id: string;
  channels?: (DatedFields & { kind: string; value: string })[];
}

function dated(file: string, label: string, { sourceDate, checkedAt }: DatedFields): Dated {
  return { file, label, sourceDate: dateText(sourceDate!), ...(checkedAt ? { checkedAt: dateText(checkedAt) } : {}) };
}

// YAML reads an unquoted 2024-08-14 as a Date; the schemas accept both, and so does this.
const dateText = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
