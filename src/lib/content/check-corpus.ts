import { checkInstruments } from '../instruments/check';
import { textsOf } from '../instruments/texts';
import type { ContentError } from './errors';
import { knownIds } from './checks/check-list';
import { clauseCheck } from './checks/clause-check';
import { checkContacts } from './checks/contacts';
import type { CorpusFiles } from './checks/corpus-files';
import { checkDocumentsComplete, checkRegistry, currentClauses } from './checks/documents';
import { checkEligibility } from './checks/eligibility';
import { checkFigures } from './checks/figures';
import { checkFlows } from './checks/flows';
import { checkGlossary } from './checks/glossary';
import { checkRouting } from './checks/routing';
import { checkSearch } from './checks/search';
import { checkServices } from './checks/services';
import { checkVersions } from './checks/versions';

export type { CorpusFiles, ParsedFile, VersionFile } from './checks/corpus-files';

/**
 * Checks everything the build relies on across files, one kind at a time (src/lib/content/checks/): each file
 * against its schema, then what no single schema can see — unknown documents, a version in the wrong folder, two
 * files claiming one version, a document with no version, repeated ids, references to contacts, terms and flows
 * that do not exist, broken flows, and required sections missing from a document's current version. A kind
 * whose file could not be read is not checked against the others, so one mistake gives one message.
 */
export function checkCorpus(files: CorpusFiles): ContentError[] {
  const registry = checkRegistry(files.documents);
  const documents = registry.parsed;
  const documentIds = new Set(documents.keys());
  const glossary = checkGlossary(files.glossary);
  const services = checkServices(files);
  const flows = checkFlows(files.flows);
  const references = {
    Contact: { file: files.contacts.file, ids: knownIds(files.contacts) },
    Term: { file: files.glossary.file, ids: knownIds(files.glossary) },
    Flow: { file: files.flows.file, ids: knownIds(files.flows) },
  };
  const versions = checkVersions(files, documents, references);
  const current = currentClauses(documents, versions.parsed, files.today);
  const cites = clauseCheck(documentIds, current);
  const anyVersion = new Map<string, Set<string>>();
  for (const v of versions.parsed.versions) anyVersion.set(v.document, new Set([...(anyVersion.get(v.document) ?? []), ...v.clauseIds]));
  return [
    ...registry.errors,
    ...checkContacts(files.contacts, files.today),
    ...glossary.errors,
    ...services.errors,
    ...flows.errors,
    ...versions.errors,
    ...checkSearch(files, { any: anyVersion, current, unreadable: versions.parsed.unreadable }),
    ...checkRouting(files, { contacts: references.Contact.ids, cites, services: services.parsed, glossary: glossary.parsed }),
    ...checkEligibility(files.eligibility, documentIds, cites),
    ...(files.figures ? checkFigures(files.figures, references.Term.ids) : []),
    ...checkInstruments(files.instruments ?? [], { dir: files.instrumentsDir ?? 'instruments', texts: textsOf(versions.parsed.versions), flows: flows.parsed, documents: documentIds }),
    ...checkDocumentsComplete(files, documents, versions.parsed),
  ];
}
