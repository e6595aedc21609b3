#!/usr/bin/env node
/**
 * `npm test`: every suite, in order, with one closing line `N passed, N failed` for CI.
 *   1. catalog validation + site build (astro build, Pagefind, link validation)
 *   2. Vitest: unit, catalog and build-output tests
 *   3. ESLint (including the regex safety rules) and astro check, one check each
 *   4. Playwright against the built site in Debian's Chromium (installed through apt when it is
 *      missing and this runs as root; otherwise one line says the command)
 *   5. a fresh clone of HEAD stays clean after `npm install`
 * Set SKIP_E2E=1 to leave out the browser suite and SKIP_CLEAN_INSTALL=1 the clone check (neither
 * is skipped in CI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** Debian's chromium for the browser tests: present, installed now, or a clear line why not. */
function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  if (process.env.CHROME_PATH) {
    console.log(`\n=== e2e: CHROME_PATH=${path} does not exist`);
    return false;
  }
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.log('\n=== e2e: Debian\'s chromium is missing; install it with: sudo apt-get install -y chromium');
    return false;
  }
  console.log("\n=== e2e: installing Debian's chromium: apt-get update && apt-get install -y chromium");
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    // dpkg prints hundreds of lines; show them only when something goes wrong.
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    if (r.status !== 0) {
      console.log(`${r.stdout}${r.stderr}\n=== e2e: apt-get ${args.join(' ')} failed (exit ${r.status})`);
      return false;
    }
  }
  console.log(`=== e2e: chromium installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return existsSync(path);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function count(name, p, f) {
  passed += p;
  failed += f;
  results.push(`${name}: ${p} passed, ${f} failed`);
}

rmSync('.tmp/vitest-results.json', { force: true });
rmSync('.tmp/playwright-results.json', { force: true });

const built = run('build', 'node', ['scripts/build.mjs']);
count('build', built ? 1 : 0, built ? 0 : 1);

run('vitest', 'npx', ['vitest', 'run']);
const vitest = readJson('.tmp/vitest-results.json');
// A suite that fails to load reports no failed test: count it as one failure so it cannot pass silently.
if (vitest) count('vitest', vitest.numPassedTests, vitest.numFailedTests || (vitest.success ? 0 : 1));
else count('vitest', 0, 1);

const linted = run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
count('lint', linted ? 1 : 0, linted ? 0 : 1);

const checked = run('astro check', 'npx', ['astro', 'check']);
count('astro check', checked ? 1 : 0, checked ? 0 : 1);

if (process.env.SKIP_E2E && !process.env.CI) {
  console.log('\n=== e2e: skipped (SKIP_E2E set)');
} else if (!built) {
  count('e2e', 0, 1);
} else if (!ensureChromium()) {
  count('e2e', 0, 1);
} else {
  const ran = run('e2e', 'npx', ['playwright', 'test']);
  const pw = readJson('.tmp/playwright-results.json');
  // A run that fails before any test (a busy port, a broken config) reports no failed test: count
  // it as one failure so that it cannot pass silently.
  if (pw?.stats) count('e2e', pw.stats.expected + pw.stats.flaky, pw.stats.unexpected || (ran ? 0 : 1));
  else count('e2e', 0, 1);
}

if (process.env.SKIP_CLEAN_INSTALL && !process.env.CI) {
  console.log('\n=== clean install: skipped (SKIP_CLEAN_INSTALL set)');
} else {
  const clean = run('clean install', 'node', ['scripts/check-clean-install.mjs']);
  count('clean install', clean ? 1 : 0, clean ? 0 : 1);
}

console.log('\n' + results.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
