#!/usr/bin/env node
/**
 * `npm run build`: astro build with only warnings and errors on screen, then one summary line.
 * Astro lists every generated route at info level (hundreds of lines with the OG images), which
 * would bury the one line that matters; `npm run build -- --verbose` brings the full log back.
 */
import { build } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const verbose = process.argv.includes('--verbose');
const started = Date.now();
try {
  await build({ logLevel: verbose ? 'info' : 'warn' });
} catch (err) {
  // Catalog errors (src/lib/catalog) already name the file and the field.
  console.error(`\nBuild failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

function countFiles(dir, suffix) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) n++;
  }
  return n;
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Built ${countFiles('dist', '.html')} HTML pages and ${countFiles('dist', '.png')} link-card images into dist/ in ${seconds} s.`);
