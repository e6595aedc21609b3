/**
 * The compiled catalog on disk: generated/compiled-catalog.json, written by the site build
 * (astro.config.mjs) and by `npm pack` (prepack), read by the command-line tool.
 *
 * In a source checkout the file is rebuilt when it is missing, in an older format, or older than
 * any source it is made from (the pages, the schema, the matcher); only then are the MDX pages
 * parsed, with YAML and zod. An installed package ships the file and has no such sources.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalog, type CompiledCatalog } from '../lib/compiled-catalog/compiled-catalog.ts';
import { COMPILED_FORMAT } from '../lib/matcher/index.ts';
import type { CatalogEntry } from '../lib/schema/error-entry.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const COMPILED_CATALOG = join(root, 'generated/compiled-catalog.json');

/** What the compiled catalog is made from (files, or folders whose files count). */
const SOURCES = ['src/content/errors', 'src/lib/schema', 'src/lib/catalog/parse.ts', 'src/lib/matcher', 'src/lib/compiled-catalog'];

/** Newest modification time among the sources, or undefined outside a source checkout. */
function newestSource(): number | undefined {
  if (!existsSync(join(root, SOURCES[0]))) return undefined;
  let newest = 0;
  for (const rel of SOURCES) {
    const path = join(root, rel);
    if (!existsSync(path)) continue;
    const st = statSync(path);
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) for (const f of readdirSync(path)) newest = Math.max(newest, statSync(join(path, f)).mtimeMs);
  }
  return newest;
}

export function writeCompiledCatalog(entries: readonly CatalogEntry[], path = COMPILED_CATALOG): CompiledCatalog {
  const compiled = compileCatalog(entries);
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(compiled));
  renameSync(tmp, path);
  return compiled;
}

function readCompiled(path: string): CompiledCatalog | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as CompiledCatalog;
    return data.format === COMPILED_FORMAT ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The compiled catalog, rebuilt first when a source checkout has changed since it was written. */
export async function loadCompiledCatalog(path = COMPILED_CATALOG): Promise<CompiledCatalog> {
  const newest = newestSource();
  const written = existsSync(path) ? statSync(path).mtimeMs : undefined;
  const current = written !== undefined && (newest === undefined || newest <= written) ? readCompiled(path) : undefined;
  if (current) return current;
  if (newest === undefined) throw new Error(`${path} is missing or unreadable, and there are no sources to rebuild it from`);
  const { loadCatalog } = await import('../lib/catalog/load-node.ts');
  const entries = loadCatalog();
  try {
    return writeCompiledCatalog(entries, path);
  } catch {
    // A read-only checkout: match with the catalog in memory.
    return compileCatalog(entries);
  }
}
