/**
 * The byte-level engine against the regex-prefilter engine it replaced (tests/reference-engine,
 * frozen): the same diagnoses (pages, order, lines, texts, captures, scores) on every example,
 * counter-example, lab fixture and benign log, and on 10,000 seeded mutations of the examples
 * (ANSI codes, CRLF, wrapped lines, entities, junk bytes, JSON logs). Each input goes in as a
 * string, as UTF-8 bytes, and as a stream of small chunks.
 *
 * Allowed differences (documented, narrow):
 * - pages the new engine finds only in a repaired paste (src/lib/matcher/repair.ts: wrapped
 *   lines joined, stray spaces removed, a lost start; every occurrence of such a page says
 *   `repaired`): they are extra diagnoses, and may demote a page they supersede (its score and
 *   `superseded` flag); every other diagnosis stays exactly the reference's;
 * - a stream decides the JSON question from the text read so far (a paste that only turns out to
 *   look like JSON after the first chunk); the fuzzed streams below use 64-byte chunks only for
 *   inputs without JSON markers, and whole-buffer chunks otherwise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readErrorFiles, projectRoot } from '../../src/lib/catalog/load-node.ts';
import { buildCatalogWithProblems } from '../../src/lib/catalog/parse.ts';
import { toMatcherEntry } from '../../src/lib/compiled-catalog/compiled-catalog.ts';
import { compile, type Diagnosis, type Matcher } from '../../src/lib/matcher/index.ts';
import { compile as compileReference } from '../reference-engine/index.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import { fixtureEntries } from './fixture-entries.ts';
import { templateFixtureEntries } from './template-fixtures.ts';

const { entries: catalog } = buildCatalogWithProblems(readErrorFiles(), { lenient: true });
const entries = [...catalog.map(toMatcherEntry), ...[...fixtureEntries, ...templateFixtureEntries].filter((e) => !catalog.some((c) => c.slug === e.slug))];
const engine = compile(entries);
const reference = compileReference(entries);

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** What a diagnosis says, as plain data (captures included). */
// Diagnoses, or diagnoses with their ranking fields left out (the repaired-paste comparison).
const plain = (ds: readonly object[]) => JSON.parse(JSON.stringify(ds)) as unknown;

function streamed(m: Matcher, bytes: Uint8Array, size: number): Diagnosis[] {
  const s = m.stream();
  for (let i = 0; i < bytes.length; i += size) s.write(bytes.subarray(i, i + size));
  return s.end();
}

/** Differences between the engines on one input, as a message (empty when they agree). */
/** The first place two JSON texts differ, with some context. */
function diff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${a.slice(Math.max(0, i - 150), i + 100)}\n    vs ${b.slice(Math.max(0, i - 150), i + 100)}`;
}

let repairedInputs = 0;

/** Equal, or different only by pages found in a repaired paste (see above). */
function same(got: Diagnosis[], want: Diagnosis[]): boolean {
  if (JSON.stringify(plain(got)) === JSON.stringify(plain(want))) return true;
  const repaired = new Set(got.filter((d) => d.occurrences.every((o) => o.repaired)).map((d) => d.slug));
  if (!repaired.size) return false;
  repairedInputs++;
  const core = (ds: Diagnosis[]) =>
    plain(
      ds
        .filter((d) => !repaired.has(d.slug))
        .map(({ score: _s, superseded: _x, ...rest }) => rest)
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
  return JSON.stringify(core(got)) === JSON.stringify(core(want));
}

function differences(text: string, chunk = 64): string[] {
  const out: string[] = [];
  const show = (ds: Diagnosis[]) => JSON.stringify(plain(ds));
  const want = reference.match(text);
  const got = engine.match(text);
  if (!same(got, want)) out.push(`string: ${diff(show(got), show(want))}`);
  const bytes = utf8.encode(text);
  // Bytes go through UTF-8: a lone surrogate becomes U+FFFD, as when a file is read.
  const wantBytes = reference.match(decoder.decode(bytes));
  const gotBytes = engine.match(bytes);
  if (!same(gotBytes, wantBytes)) out.push(`bytes: ${diff(show(gotBytes), show(wantBytes))}`);
  const json = /[\\&]/.test(text);
  const gotStream = streamed(engine, bytes, json ? bytes.length || 1 : chunk);
  if (!same(gotStream, wantBytes)) out.push(`stream: ${diff(show(gotStream), show(wantBytes))}`);
  return out;
}

const examples = catalog.flatMap((e) => e.examples.map((x) => x.text));
const counterExamples = catalog.flatMap((e) => e.counterExamples.map((x) => x.text));

describe('the byte-level engine gives the reference engine\'s diagnoses', () => {
  it('on every example and counter-example', () => {
    const bad = [...examples, ...counterExamples].flatMap((t) => differences(t).map((d) => `${JSON.stringify(t.slice(0, 80))}: ${d}`));
    expect(bad).toEqual([]);
  });

  it('on every lab fixture and benign log', () => {
    const files: string[] = [];
    const fixtures = join(projectRoot, 'repro/fixtures.json');
    if (existsSync(fixtures)) for (const f of JSON.parse(readFileSync(fixtures, 'utf8')) as { file: string }[]) files.push(join(projectRoot, f.file));
    const benign = join(projectRoot, 'tests/fixtures/benign');
    for (const f of readdirSync(benign)) if (f.endsWith('.log')) files.push(join(benign, f));
    expect(files.length).toBeGreaterThan(20);
    const bad = files.flatMap((f) => differences(readFileSync(f, 'utf8'), 4096).map((d) => `${f}: ${d}`));
    expect(bad).toEqual([]);
  });

  it('on pastes over 1 MB (a large string is scanned as UTF-8), ASCII and not', () => {
    const all = examples.join('\n');
    const ascii = all.replace(/[^\n\x20-\x7e]/g, '?');
    const big = (t: string) => Array.from({ length: Math.ceil(1_100_000 / t.length) + 1 }, () => t).join('\n');
    const bad = [big(ascii), big(all), big(`${all}\n\ud800 lone surrogate`)].flatMap((t) => differences(t, 1 << 20));
    expect(bad).toEqual([]);
  });

  it('on 10,000 seeded mutations of the examples', () => {
    const next = seededRandom(20261204);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const JUNK = ['\0', '\x7f', '\ufffd', 'é', '’', '‘', '“', '\u00a0', '\u3000', '\u200b', '´', '`', '\t', '  ', '&', '&&', '#', '\\', '{"', '\\"', '\\n', '\r', '\ud800', '😀', '\x1b', '\x1b[', '[0m'];
    const ANSI = ['\x1b[31m', '\x1b[0m', '\x1b[1;32m', '\x1b[K', '\x1b]8;;https://x.test/\x07', '\x1b]8;;\x1b\\', '\x1b(B', '\x1b[38;5;196m'];
    const ENTITIES: [string, string][] = [["'", '&#39;'], ['"', '&quot;'], ['<', '&lt;'], ['>', '&gt;'], ['&', '&amp;'], ['`', '&#96;'], [' ', '&nbsp;'], ['\n', '&#10;'], ['\n', '&#x0A;']];
    const mutate = (text: string): string => {
      let t = text;
      const rounds = 1 + Math.floor(next() * 4);
      for (let r = 0; r < rounds; r++) {
        const at = Math.floor(next() * (t.length + 1));
        switch (Math.floor(next() * 11)) {
          case 0: // an ANSI sequence somewhere
            t = t.slice(0, at) + pick(ANSI) + t.slice(at);
            break;
          case 1: // CRLF or a lone CR
            t = t.replace(/\n/g, next() < 0.7 ? '\r\n' : '\r');
            break;
          case 2: {
            // hard-wrapped at a fixed width
            const w = 20 + Math.floor(next() * 100);
            t = t.split('\n').flatMap((l) => l.match(new RegExp(`.{1,${w}}`, 'gu')) ?? ['']).join('\n');
            break;
          }
          case 3: {
            const [c, e] = pick(ENTITIES);
            t = t.split(c).join(e);
            break;
          }
          case 4: // junk
            t = t.slice(0, at) + pick(JUNK) + t.slice(at);
            break;
          case 5: // a log prefix on every line
            t = t.split('\n').map((l) => `2026-05-13T10:22:02.1234567Z ${l}`).join('\n');
            break;
          case 6: // a JSON log line
            t = JSON.stringify({ level: 'error', msg: t });
            break;
          case 7: // another example before or after
            t = next() < 0.5 ? `${pick(examples)}\n${t}` : `${t}\n${pick(examples)}`;
            break;
          case 8: // drop a stretch
            t = t.slice(0, at) + t.slice(Math.min(t.length, at + Math.floor(next() * 40)));
            break;
          case 9: // tabs and runs of spaces
            t = t.replace(/ /g, () => (next() < 0.1 ? pick(['\t', '  ', ' \t ', '\u00a0']) : ' '));
            break;
          default: // a huge line around it
            t = `${'x'.repeat(Math.floor(next() * 12000))}${t.replace(/\n/g, ' ')}${'y '.repeat(Math.floor(next() * 3000))}`;
        }
      }
      return t;
    };
    const bad: string[] = [];
    for (let i = 0; i < 10_000 && bad.length < 5; i++) {
      const input = mutate(pick(examples));
      for (const d of differences(input)) bad.push(`input ${i} ${JSON.stringify(input.length > 600 ? `${input.slice(0, 300)}...${input.slice(-300)}` : input)}: ${d}`);
    }
    expect(bad).toEqual([]);
    // The repairs are exercised (wrapped and respaced mutations), and stay the exception.
    expect(repairedInputs).toBeGreaterThan(0);
    expect(repairedInputs).toBeLessThan(3 * 10_000 * 0.2);
  }, 300_000);
});
