/** Read `src/content/errors/*.mdx` from disk (Node only: the CLI, the tests, astro.config). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../schema/error-entry.ts';
import { buildCatalog } from './parse.ts';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const errorsDir = join(projectRoot, 'src/content/errors');

export function readErrorFiles(dir = errorsDir): { file: string; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: relative(projectRoot, join(dir, f)), source: readFileSync(join(dir, f), 'utf8') }));
}

export function loadCatalog(dir = errorsDir): CatalogEntry[] {
  return buildCatalog(readErrorFiles(dir));
}
