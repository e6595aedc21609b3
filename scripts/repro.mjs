#!/usr/bin/env node
// Reproduction lab runner. See repro/README.md.
//
//   node scripts/repro.mjs --fetch                 download and unpack the pinned toolchains
//   node scripts/repro.mjs [--check] [--keep] [--jobs N] [slug...]
//
// Without --check: runs every case (or the named ones) twice in fresh temp dirs, checks that the
// two normalised outputs are identical, runs each case's fixes, and writes
// repro/<slug>/expected*.txt, repro/fixtures.json and repro/verified-fixes.json.
// With --check: runs each case and its fixes once and compares with the stored files; exit 1 on
// any mismatch or failure, 0 when everything that ran matched. Exit 2 on usage errors.
// Only --fetch downloads anything, and only into the cache (REPRO_CACHE, default .cache/repro).

import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/catalog/load-node.ts';
import { loadCases } from './repro/cases.mjs';
import { fetchPackages } from './repro/fetch.mjs';
import {
  diffish,
  regenerateFixtures,
  regenerateReadmeTable,
  render,
  staleRecords,
  storedOutputs,
  verifiedRecords,
  writeVerified,
} from './repro/outputs.mjs';
import { CACHE } from './repro/paths.mjs';
import { runCase } from './repro/run.mjs';
import {
  NEEDS,
  detectModules,
  detectNeeds,
  detectToolchains,
  gccVersion,
  muslVersion,
  systemString,
} from './repro/toolchains.mjs';

function usage(code) {
  (code ? console.error : console.log)(
    'usage: node scripts/repro.mjs --fetch\n' +
      '       node scripts/repro.mjs [--check] [--keep] [--jobs N] [slug...]\n' +
      '       node scripts/repro.mjs --reindex   (rebuild fixtures.json, verified-fixes.json and the README table from stored files)\n' +
      '  --fetch    download the pinned Debian packages (repro/toolchains.json) into the cache and unpack them\n' +
      '  (no flag)  run cases twice, write repro/<slug>/expected*.txt, fixtures.json and verified-fixes.json\n' +
      '  --check    run cases and their fixes once, compare with the stored files (exit 1 on mismatch)\n' +
      '  --keep     keep the temporary directories (printed) for debugging\n' +
      `  --jobs N   cases run in parallel (default ${defaultJobs()})\n` +
      `cache: ${CACHE} (set REPRO_CACHE to share one between checkouts)`,
  );
  process.exit(code);
}

function defaultJobs() {
  return Math.max(2, os.availableParallelism?.() ?? os.cpus().length);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      fetch: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      reindex: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  console.error(`repro: ${err.message}`);
  usage(2);
}
if (args.values.help) usage(0);
const jobs = args.values.jobs === undefined ? defaultJobs() : Number(args.values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('repro: --jobs needs a positive whole number');
  usage(2);
}

/** Run `fn` over `items`, at most `n` at a time. */
async function pool(items, n, fn) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      while (queue.length) await fn(queue.shift());
    }),
  );
}

async function main() {
  if (args.values.fetch) {
    if (args.values.check || args.positionals.length) {
      console.error('repro: --fetch runs alone; run --check afterwards');
      process.exit(2);
    }
    fetchPackages();
    const tcs = detectToolchains();
    for (const t of Object.values(tcs)) console.log(`  ${t.name}: ${t.version ? `${t.version} (${t.bin})` : `MISSING (${t.bin})`}`);
    return;
  }

  let cases;
  try {
    const pageFixes = new Map(loadCatalog().map((e) => [e.slug, new Set(e.fixes.map((f) => f.id))]));
    cases = loadCases(pageFixes);
  } catch (err) {
    console.error(`repro: ${err.message}`);
    process.exit(2);
  }
  const all = cases;
  const wanted = args.positionals;
  if (wanted.length) {
    const known = new Set(cases.map((c) => c.slug));
    const unknown = wanted.filter((w) => !known.has(w));
    if (unknown.length) {
      console.error(`repro: unknown case(s): ${unknown.join(', ')}`);
      console.error(`known: ${[...known].join(' ')}`);
      process.exit(2);
    }
    cases = cases.filter((c) => wanted.includes(c.slug));
  }

  const ctx = {
    toolchains: detectToolchains(),
    modules: detectModules(),
    system: systemString(),
    gcc: gccVersion(),
    musl: muslVersion(),
  };

  // --reindex runs nothing: it rebuilds the generated files from the stored outputs, which is
  // how a merge conflict in them is resolved (keep both sides' cases, then reindex).
  if (args.values.reindex) {
    const n = regenerateFixtures(all);
    const v = writeVerified(all, new Map());
    regenerateReadmeTable(all, ctx);
    console.log(`repro/fixtures.json: ${n} fixture(s); repro/verified-fixes.json: ${v} verified fix(es); README table rewritten`);
    return;
  }
  const needsOk = detectNeeds();
  console.log(`repro: ${ctx.system}; ${ctx.gcc ?? 'no gcc'}${ctx.musl ? `; ${ctx.musl}` : ''}; cache ${CACHE}; ${jobs} job(s)`);
  for (const t of Object.values(ctx.toolchains)) {
    console.log(`  ${t.name}: ${t.version ? `${t.version} (${t.system ? 'system ' : 'cache '}${t.bin})` : `MISSING (${t.bin})`}`);
  }
  for (const m of Object.values(ctx.modules)) console.log(`  ${m.path}: ${m.present ? `${m.version} (cache)` : 'MISSING'}`);

  const missingOf = (c) => [
    ...c.toolchains.filter((t) => !ctx.toolchains[t].version),
    ...(c.modules ?? []).filter((m) => !ctx.modules[m].present),
    ...[...(c.needs ?? []), ...(c.modules ?? []).flatMap((m) => ctx.modules[m].needs)].filter((n) => !needsOk[n]),
  ];
  const missing = [...new Set(cases.flatMap(missingOf))];
  if (missing.length) {
    const fetchable = missing.filter((m) => ctx.modules[m] || NEEDS[m]?.fetch || (ctx.toolchains[m] && !ctx.toolchains[m].system));
    const system = [
      ...new Set(
        missing.flatMap((m) => (NEEDS[m] ? (NEEDS[m].fetch ? [] : [NEEDS[m].pkg]) : ctx.toolchains[m]?.system ? ctx.toolchains[m].packages : [])),
      ),
    ];
    console.log(`\nMissing: ${missing.join(', ')}. Cases that need them are skipped.`);
    if (fetchable.length) console.log('  fetch the pinned toolchains and modules into the cache with: npm run repro -- --fetch');
    if (system.length) console.log(`  install bookworm's packages with (as root): apt-get install -y ${system.join(' ')}`);
    console.log('');
  }

  const results = { ok: [], written: [], failed: [], skipped: [] };
  const ran = new Map(); // case slug -> verified records (write mode)
  const started = Date.now();
  await pool(cases, jobs, async (c) => {
    const miss = missingOf(c);
    if (miss.length) {
      results.skipped.push(`${c.slug} (needs ${miss.join(', ')})`);
      console.log(`SKIP  ${c.slug}: needs ${miss.join(', ')}`);
      return;
    }
    const t0 = Date.now();
    const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
    const logs = [];
    const first = await runCase(c, ctx, { keep: args.values.keep, log: (l) => logs.push(l) });
    if (first.failure) {
      results.failed.push(c.slug);
      ran.set(c.slug, []);
      console.log(`FAIL  ${c.slug} (${secs()}): ${first.failure}${logs.length ? `\n${logs.join('\n')}` : ''}`);
      return;
    }
    // A case that runs its programs under another release's loader says so ("system").
    const cctx = c.system ? { ...ctx, system: c.system } : ctx;
    const rendered = new Map([...first.outputs].map(([f, o]) => [f, render(c, f, o, cctx)]));
    const records = verifiedRecords(c, first.fixes, cctx);
    const fixNote = c.fixes.length ? `, ${c.fixes.length} fix(es) verified` : '';
    if (args.values.check) {
      const problems = [];
      for (const [f, text] of rendered) {
        const p = path.join(c.dir, f);
        if (!fs.existsSync(p)) {
          problems.push(`  ${f}: no stored output (run without --check to create it)`);
          continue;
        }
        const stored = fs.readFileSync(p, 'utf8');
        if (stored !== text) problems.push(`  ${f} differs (- stored, + now):\n${diffish(stored, text)}`);
      }
      for (const f of storedOutputs(c.dir).filter((f) => !rendered.has(f))) problems.push(`  ${f}: stored, but no step produces it any more`);
      problems.push(...staleRecords(c, records));
      if (problems.length) {
        results.failed.push(c.slug);
        console.log(`DIFF  ${c.slug} (${secs()})\n${problems.join('\n')}${logs.length ? `\n${logs.join('\n')}` : ''}`);
      } else {
        results.ok.push(c.slug);
        console.log(`ok    ${c.slug} (${secs()}${fixNote})${logs.length ? `\n${logs.join('\n')}` : ''}`);
      }
      return;
    }
    // Write mode: run a second time (fixes once is enough) and require identical normalised output.
    const second = await runCase(c, ctx, { withFixes: false });
    if (second.failure) {
      results.failed.push(c.slug);
      ran.set(c.slug, []);
      console.log(`FAIL  ${c.slug} (second run): ${second.failure}`);
      return;
    }
    const unstable = [];
    for (const [f, text] of rendered) {
      const again = second.outputs.has(f) ? render(c, f, second.outputs.get(f), cctx) : '';
      if (again !== text) unstable.push(`  ${f} is not deterministic (- run 1, + run 2):\n${diffish(text, again)}`);
    }
    if (unstable.length) {
      results.failed.push(c.slug);
      ran.set(c.slug, []);
      console.log(`FLAKY ${c.slug}: nothing written\n${unstable.join('\n')}`);
      return;
    }
    for (const f of storedOutputs(c.dir).filter((f) => !rendered.has(f))) fs.rmSync(path.join(c.dir, f));
    for (const [f, text] of rendered) fs.writeFileSync(path.join(c.dir, f), text);
    ran.set(c.slug, records);
    results.written.push(c.slug);
    console.log(`wrote ${c.slug}: ${[...rendered.keys()].join(', ')} (${secs()}${fixNote})`);
  });

  if (!args.values.check) {
    const n = regenerateFixtures(all);
    const v = writeVerified(all, ran);
    regenerateReadmeTable(all, ctx);
    console.log(`\nrepro/fixtures.json: ${n} fixture(s); repro/verified-fixes.json: ${v} verified fix(es)`);
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(
    `\n${args.values.check ? `${results.ok.length} matched` : `${results.written.length} written`}, ` +
      `${results.failed.length} failed, ${results.skipped.length} skipped in ${minutes} min`,
  );
  if (results.skipped.length) console.log(`skipped: ${results.skipped.join('; ')}`);
  if (results.failed.length) {
    console.log(`failed: ${results.failed.sort().join(', ')}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err.fetch ? `repro --fetch: ${err.message}` : err.stack || String(err));
  process.exit(1);
});
