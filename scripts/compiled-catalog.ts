/**
 * Manual use: write generated/compiled-catalog.json from the pages (the build and the CLI also
 * write it when it is stale; `npm pack` embeds the catalog in the bundle instead, scripts/bundle.ts).
 */
import { COMPILED_CATALOG, writeCompiledCatalog } from '../src/cli/catalog-file.ts';
import { loadCatalog } from '../src/lib/catalog/load-node.ts';

const compiled = writeCompiledCatalog(loadCatalog());
console.log(`${COMPILED_CATALOG}: ${compiled.entries.length} pages, ${compiled.patterns.length} patterns`);
