// repro/<slug>/case.json: loading and validation (the format is described in repro/README.md).
// A case belongs to the error page of the same slug; the fixes it runs must be fixes of that page
// (or of the page a fix names).
import fs from 'node:fs';
import path from 'node:path';
import { REPRO } from './paths.mjs';
import { NEEDS, manifest } from './toolchains.mjs';

export const isCaptured = (s) => (s.capture ?? s.expectFail) === true;
export const outputOf = (s) => s.output ?? 'expected.txt';

/**
 * @param {Map<string, Set<string>>} pageFixes  page slug -> its fix ids (from the catalog)
 */
export function loadCases(pageFixes) {
  const cases = [];
  for (const d of fs.readdirSync(REPRO, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const f = path.join(REPRO, d.name, 'case.json');
    if (!fs.existsSync(f)) continue;
    let c;
    try {
      c = JSON.parse(fs.readFileSync(f, 'utf8'));
    } catch (err) {
      throw new Error(`${path.relative(path.dirname(REPRO), f)}: ${err.message}`);
    }
    validateCase(c, d.name, path.relative(path.dirname(REPRO), f), pageFixes);
    cases.push({ ...c, fixes: c.fixes ?? [], dir: path.join(REPRO, d.name) });
  }
  return cases.sort((a, b) => a.slug.localeCompare(b.slug));
}

function validateSteps(steps, where, bad, { captureAllowed }) {
  if (!Array.isArray(steps) || !steps.length) bad(`${where}: steps must be a non-empty array`);
  for (const [i, s] of steps.entries()) {
    const at = `${where} step ${i + 1}`;
    if (typeof s.run !== 'string') bad(`${at} needs a "run" string`);
    if (captureAllowed) {
      if (typeof s.expectFail !== 'boolean') bad(`${at} needs "expectFail": true|false`);
      if (isCaptured(s) && typeof s.expect !== 'string') bad(`${at} is captured and needs an "expect" substring`);
    } else {
      if (s.expectFail !== undefined && typeof s.expectFail !== 'boolean') bad(`${at}: "expectFail" must be true or false`);
      if (s.capture || s.output) bad(`${at}: fix steps are not captured ("capture"/"output" are not allowed)`);
    }
    if (s.expect !== undefined && typeof s.expect !== 'string') bad(`${at}: "expect" must be a string`);
  }
}

function validateCase(c, dirName, f, pageFixes) {
  const bad = (msg) => {
    throw new Error(`${f}: ${msg}`);
  };
  if (c.slug !== dirName) bad(`slug "${c.slug}" must equal the folder name "${dirName}"`);
  if (!pageFixes.has(c.slug)) bad(`no error page src/content/errors/${c.slug}.mdx for this case`);
  if (!Array.isArray(c.toolchains)) bad('toolchains must be an array');
  for (const t of c.toolchains) if (!manifest.go[t]) bad(`unknown toolchain ${t} (known: ${Object.keys(manifest.go).join(', ')})`);
  for (const n of c.needs ?? []) if (!NEEDS[n]) bad(`unknown need ${n} (known: ${Object.keys(NEEDS).join(', ')})`);
  for (const m of c.modules ?? []) if (!manifest.modules?.[m]) bad(`unknown module ${m} (known: ${Object.keys(manifest.modules ?? {}).join(', ')})`);
  if (c.gocache !== undefined && c.gocache !== 'private') bad('gocache can only be "private"');
  if (c.system !== undefined && !/\(glibc \d+\.\d+\)$/.test(String(c.system))) bad('system must end with "(glibc X.Y)", the C library the programs ran with');
  validateSteps(c.steps, 'case', bad, { captureAllowed: true });
  if (!c.steps.some(isCaptured)) bad('no step is captured');
  for (const name of Object.values(c.shared ?? {})) {
    if (!fs.existsSync(path.join(REPRO, '_shared', String(name)))) bad(`shared folder repro/_shared/${name} does not exist`);
  }
  for (const [file, o] of Object.entries(c.outputs ?? {})) {
    if (o.page && !pageFixes.has(o.page)) bad(`outputs["${file}"].page: no error page ${o.page}`);
    for (const t of o.toolchains ?? []) if (!manifest.go[t]) bad(`outputs["${file}"]: unknown toolchain ${t}`);
    for (const m of o.modules ?? []) if (!(c.modules ?? []).includes(m)) bad(`outputs["${file}"]: module ${m} is not one of the case's`);
  }
  if (c.fixes !== undefined && !Array.isArray(c.fixes)) bad('fixes must be an array');
  const seen = new Set();
  for (const [i, fix] of (c.fixes ?? []).entries()) {
    const where = `fixes[${i}]`;
    const page = fix.page ?? c.slug;
    if (typeof fix.id !== 'string') bad(`${where} needs an "id" (a fix id of page ${page})`);
    if (!pageFixes.has(page)) bad(`${where}.page: no error page ${page}`);
    if (!pageFixes.get(page).has(fix.id)) {
      bad(`${where}: "${fix.id}" is not a fix of page ${page} (its fixes: ${[...pageFixes.get(page)].join(', ')})`);
    }
    if (seen.has(`${page}#${fix.id}`)) bad(`${where}: fix ${page}#${fix.id} is listed twice`);
    seen.add(`${page}#${fix.id}`);
    const setup = fix.setupSteps ?? 0;
    if (!Number.isInteger(setup) || setup < 0 || setup > c.steps.length) bad(`${where}.setupSteps must be 0..${c.steps.length}`);
    for (const t of fix.toolchains ?? []) if (!c.toolchains.includes(t)) bad(`${where}: toolchain ${t} is not one of the case's`);
    validateSteps(fix.steps, where, bad, { captureAllowed: false });
    const last = fix.steps.at(-1);
    if (last.expectFail) bad(`${where}: the last step is the proof and must succeed (no "expectFail": true)`);
    if (typeof last.expect !== 'string' || !last.expect) bad(`${where}: the last step needs an "expect" substring that shows success`);
  }
}
