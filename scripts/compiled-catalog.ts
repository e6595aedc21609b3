/**
 * `npm pack` (prepack) and manual use: write generated/compiled-catalog.json from the pages.
 * The site build writes it too (astro.config.mjs), and the CLI rebuilds it when it is stale.
 */
import { COMPILED_CATALOG, writeCompiledCatalog } from '../src/cli/catalog-file.ts';
import { loadCatalog } from '../src/lib/catalog/load-node.ts';

const compiled = writeCompiledCatalog(loadCatalog());
console.log(`${COMPILED_CATALOG}: ${compiled.entries.length} pages, ${compiled.patterns.length} patterns`);
