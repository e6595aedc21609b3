/**
 * Frontmatter -> validated catalog entries, with errors that name the file and the field.
 * Pure: the caller reads the files (load-node.ts in Node, Astro's content layer on the site).
 */
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { errorEntrySchema, type CatalogEntry } from '../schema/error-entry.ts';

export class CatalogError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid error catalog:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function splitFrontmatter(source: string): { data: string; body: string } | undefined {
  const m = FRONTMATTER.exec(source);
  return m ? { data: m[1], body: source.slice(m[0].length) } : undefined;
}

/** `messages[2].text: Required` style lines for one file. */
export function describeZodError(file: string, error: ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    );
    return `${file}: ${field || '(frontmatter)'}: ${issue.message}`;
  });
}

export function slugFromFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
}

/** Parse and validate one page. Returns the entry or the list of problems. */
export function parseEntry(file: string, source: string): { entry?: CatalogEntry; body?: string; problems: string[] } {
  const split = splitFrontmatter(source);
  if (!split) return { problems: [`${file}: (frontmatter): missing --- frontmatter block`] };
  let data: unknown;
  try {
    data = parseYaml(split.data);
  } catch (err) {
    return { problems: [`${file}: (frontmatter): YAML error: ${(err as Error).message.split('\n')[0]}`] };
  }
  const result = errorEntrySchema.safeParse(data);
  if (!result.success) return { problems: describeZodError(file, result.error) };
  return { entry: { ...result.data, slug: slugFromFile(file) }, body: split.body, problems: [] };
}

export interface BuildOptions {
  /** Keep going past broken pages and dangling links, returning the problems (authoring tools). */
  lenient?: boolean;
}

/** Validate a whole catalog: every page, plus links between pages. Throws CatalogError. */
export function buildCatalog(files: { file: string; source: string }[], options: BuildOptions = {}): CatalogEntry[] {
  return buildCatalogWithProblems(files, options).entries;
}

export function buildCatalogWithProblems(
  files: { file: string; source: string }[],
  options: BuildOptions = {},
): { entries: CatalogEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: CatalogEntry[] = [];
  const fileOf = new Map<string, string>();
  for (const { file, source } of files) {
    const { entry, problems: p } = parseEntry(file, source);
    problems.push(...p);
    if (entry) {
      entries.push(entry);
      fileOf.set(entry.slug, file);
    }
  }
  const slugs = new Set(entries.map((e) => e.slug));
  const aliasOwner = new Map<string, string>();
  for (const e of entries) {
    const file = fileOf.get(e.slug)!;
    const refs: [string, string[]][] = [
      ['related', e.related],
      ['supersedes', e.supersedes],
      ['replacedBy', e.replacedBy ? [e.replacedBy] : []],
    ];
    for (const [field, list] of refs) {
      list.forEach((slug, i) => {
        if (!slugs.has(slug)) problems.push(`${file}: ${field}${field === 'replacedBy' ? '' : `[${i}]`}: no error page has the slug "${slug}"`);
      });
    }
    e.aliases.forEach((alias, i) => {
      if (slugs.has(alias)) problems.push(`${file}: aliases[${i}]: "${alias}" is the slug of a live page`);
      const owner = aliasOwner.get(alias);
      if (owner) problems.push(`${file}: aliases[${i}]: "${alias}" is already an alias of ${owner}`);
      aliasOwner.set(alias, e.slug);
    });
  }
  if (problems.length && !options.lenient) throw new CatalogError(problems);
  return { entries: entries.sort((a, b) => a.slug.localeCompare(b.slug)), problems };
}
