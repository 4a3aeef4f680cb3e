import type { OptionalName, YamlName } from '../../../schemas/collections';
import type { InstrumentSource } from '../../instruments/check';
import type { ContentError } from '../errors';

export interface ParsedFile {
  /** Path as an author sees it, e.g. `src/content/documents/sop-pengaduan/0.1.mdx`. */
  file: string;
  data: unknown;
  /**
   * The file could not be read (missing, not UTF-8, YAML or MDX it cannot parse). Its own problem is reported
   * where it was found; nothing that depends on its content is checked, so one mistake gives one message.
   */
  broken?: boolean;
}

export interface VersionFile extends ParsedFile {
  /** The MDX source after the frontmatter; undefined when the file could not be read. */
  body?: string;
  /** The line of the frontmatter's closing "---": where a missing frontmatter field is to be written. */
  frontmatterEnd?: number;
}

/**
 * Every content file, read and parsed, by its name in the content table (src/schemas/collections.ts): the
 * YAML files, the version files and the instruments. Optional files are absent when the tree has none.
 */
export type CorpusFiles = { [K in Exclude<YamlName, OptionalName>]: ParsedFile } & { [K in OptionalName]?: ParsedFile } & {
  /** Today, YYYY-MM-DD: dates in contacts must not be later. */
  today: string;
  /** Every Kemendagri province and regency code; when absent, region codes are not checked. */
  regionCodes?: ReadonlySet<string>;
  /** Frontmatter and body of every version file. */
  versions: VersionFile[];
  /** The case documentation instruments, one file per instrument and SOP version. */
  instruments?: InstrumentSource[];
  /** The folder of instrument files, as an author sees it. */
  instrumentsDir?: string;
  /** The folder of version files, as an author sees it. */
  versionsDir: string;
};

/** What a check of one kind gives back: its problems, and what it parsed for the checks that depend on it. */
export interface Checked<T> {
  errors: ContentError[];
  parsed: T;
}
