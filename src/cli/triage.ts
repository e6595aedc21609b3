/**
 * Command-line triage for CI logs: the same catalog and matcher as the site.
 *
 *   npm run --silent triage -- [--json | --format github] [FILE ... | -]
 *
 * Exit 0 when something matched, 1 when nothing did, 2 on a usage or read error.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { loadMatcher, type Diagnosis, type Matcher } from '../lib/matcher/index.ts';
import { siteConfig } from '../site-config.ts';
import { loadCompiledCatalog } from './catalog-file.ts';
import { loadReports } from './report-data.ts';
import { annotation, reportable } from '../integrations/github.ts';

const USAGE = `usage: triage [--json | --format FORMAT] [--site URL] [FILE ... | -]
Reads build or run logs (standard input when no FILE or "-"; gzip'd logs are read as they are)
and names the Go linker or loader errors in them, best first, with a link to each error's page.
Exit status: 0 a known error was found, 1 none was found, 2 usage or read error.
  --json       one JSON object per input (JSON Lines); same as --format json
  --format F   text (default), json, or github (GitHub Actions ::error annotations)
  --site URL   base URL for links (default ${siteConfig.site})
  -h, --help   this text`;

/** Bytes read at a time: memory stays bounded whatever the size of the log. */
const CHUNK = 1 << 20;

interface Input {
  file: string;
  /** Open file descriptor (0 for standard input). */
  fd: number;
}

function fail(message: string): never {
  process.stderr.write(`triage: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function cannotRead(file: string, err: unknown): never {
  process.stderr.write(`triage: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
  process.exit(2);
}

/** Open every input first, so a missing file is reported before any output. */
function openInputs(paths: string[]): Input[] {
  const list = paths.length ? paths : ['-'];
  return list.map((file) => {
    if (file === '-') return { file, fd: 0 };
    try {
      return { file, fd: openSync(file, 'r') };
    } catch (err) {
      cannotRead(file, err);
    }
  });
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The input's bytes in chunks, gunzipped when they start with gzip's magic number. */
async function* chunks(input: Input): AsyncGenerator<Uint8Array> {
  let raw: AsyncIterable<Uint8Array>;
  if (input.fd === 0) {
    raw = process.stdin;
  } else {
    // Regular files are read synchronously into one reused buffer (no stream overhead) unless
    // they are gzip'd.
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = readSync(input.fd, buf, 0, CHUNK, null);
    if (!isGzip(buf.subarray(0, n))) {
      for (let got = n; got > 0; got = readSync(input.fd, buf, 0, CHUNK, null)) yield buf.subarray(0, got);
      closeSync(input.fd);
      return;
    }
    const head = Buffer.from(buf.subarray(0, n));
    const rest = createReadStream('', { fd: input.fd, highWaterMark: CHUNK });
    raw = (async function* () {
      yield head;
      yield* rest;
    })();
  }
  const it = raw[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const tail = (async function* () {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  })();
  if (!isGzip(first.value)) {
    yield* tail;
    return;
  }
  yield* Readable.from(tail).pipe(createGunzip({ chunkSize: 256 * 1024 }));
}

async function matchInput(matcher: Matcher, input: Input): Promise<Diagnosis[]> {
  const stream = matcher.stream();
  try {
    for await (const chunk of chunks(input)) stream.write(chunk);
  } catch (err) {
    cannotRead(input.file, err);
  }
  return stream.end();
}

function captureValues(d: Diagnosis): Record<string, string> {
  return Object.fromEntries(Object.entries(d.captures).map(([k, v]) => [k, v.text]));
}

function toJsonMatch(d: Diagnosis, site: string) {
  return {
    slug: d.slug,
    aliases: d.aliases,
    title: d.title,
    url: `${site}/errors/${d.slug}/`,
    line: d.line,
    text: d.text,
    captures: d.captures,
    score: d.score,
  };
}

function printHuman(input: Input, results: Diagnosis[], site: string, many: boolean): void {
  if (many) process.stdout.write(`== ${input.file}\n`);
  if (!results.length) {
    process.stdout.write('no known Go linker or loader error found\n');
    return;
  }
  for (const d of results) {
    process.stdout.write(`${d.slug}${d.superseded ? ' (less specific)' : ''}\n`);
    process.stdout.write(`  ${d.title}\n  ${site}/errors/${d.slug}/\n  line ${d.line}: ${d.text}\n`);
    const values = Object.entries(captureValues(d));
    if (values.length) process.stdout.write(`  ${values.map(([k, v]) => `${k}=${v}`).join('  ')}\n`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        site: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail((err as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = parsed.values.format ?? (parsed.values.json ? 'json' : 'text');
  if (!['text', 'json', 'github'].includes(format)) fail(`--format must be text, json or github, not ${JSON.stringify(format)}`);
  const site = (parsed.values.site ?? siteConfig.site).replace(/\/$/, '');
  const inputs = openInputs(parsed.positionals);
  let matcher;
  try {
    matcher = loadMatcher(await loadCompiledCatalog());
  } catch (err) {
    process.stderr.write(`triage: ${(err as Error).message}\n`);
    return 2;
  }
  let matched = false;
  for (const input of inputs) {
    const results = await matchInput(matcher, input);
    if (results.length) matched = true;
    if (format === 'github') {
      const reports = await loadReports();
      for (const d of reportable(results)) process.stdout.write(`${annotation(d, reports.get(d.slug), site, input.file)}\n`);
    } else if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ file: input.file, matches: results.map((d) => toJsonMatch(d, site)) })}\n`);
    } else {
      printHuman(input, results, site, inputs.length > 1);
    }
  }
  return matched ? 0 : 1;
}

// `triage big.log | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
