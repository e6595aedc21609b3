/**
 * The previous engine end to end, as the command-line tool ran it before the byte-level engine:
 * the whole file read as one UTF-8 string, then the regex-prefilter matcher (tests/reference-engine)
 * over it. Used by scripts/bench-matcher.ts only. Prints the number of pages found.
 *   node scripts/bench-reference-cli.ts FILE
 */
import { readFileSync } from 'node:fs';
import { loadMatcher } from '../tests/reference-engine/index.ts';
import { loadCompiledCatalog } from '../src/cli/catalog-file.ts';

const matcher = loadMatcher(await loadCompiledCatalog());
const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${matcher.match(text).length}\n`);
