#!/usr/bin/env node
/**
 * A minimal static server for dist/: `npm start` and `npm run preview` (port 4321), the browser
 * tests and the benchmarks (other ports). Usage: node scripts/serve-dist.mjs [port]
 * Serves only files under dist/, binds to 127.0.0.1. Like most static hosts, it redirects a
 * folder's address without its trailing slash to the address with it (`/errors/x` -> `/errors/x/`),
 * so a link whose slash was trimmed still lands on the page.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4322);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** The file to serve, `{ redirect }` for a folder asked for without its slash, or undefined. */
function resolve(urlPath) {
  const [pathPart, query] = urlPath.split(/\?(.*)/s);
  let path;
  try {
    path = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root.replace(/[\\/]$/, '') + sep) && file !== root) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return { file };
  const index = join(file, 'index.html');
  if (!existsSync(index)) return undefined;
  if (!pathPart.endsWith('/')) return { redirect: `${pathPart}/${query ? `?${query}` : ''}` };
  return { file: index };
}

createServer((req, res) => {
  const found = resolve(req.url ?? '/');
  if (found?.redirect) {
    res.writeHead(301, { Location: found.redirect });
    res.end();
    return;
  }
  const file = found?.file;
  if (!file) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'Content-Type': types['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ on http://127.0.0.1:${port}/ (Ctrl+C stops it)`));
