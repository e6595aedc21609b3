#!/usr/bin/env node
/**
 * Wizard responsiveness in Chromium, against the built site (run `npx astro build` first):
 *   - a 100 KB paste: time from the paste (Ctrl+V keydown) to the results being painted;
 *   - a 10 MB paste: the longest main-thread task (PerformanceObserver 'longtask') while it is
 *     pasted and matched (the matcher runs in a Web Worker above 200 KB);
 *   - the engine alone in a Web Worker: a 10 MB paste matched (the worker's own timing).
 * Real pastes: the text goes to the clipboard and Ctrl+V puts it in the textarea.
 * Usage: node scripts/bench-wizard.mjs [--runs N]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const GLIBC = "./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)";

/** A CI-like log of about `bytes` bytes with the error near the end. */
function log(bytes) {
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `2026-05-13T10:22:${String(i % 60).padStart(2, '0')}.1234567Z #${i} compiling github.com/example/pkg${i % 97}/internal/file${i}.go ok`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.splice(lines.length - 3, 0, GLIBC);
  return lines.join('\n');
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const serverScript = fileURLToPath(new URL('./serve-dist.mjs', import.meta.url));
const server = spawn(process.execPath, [serverScript, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write']);

/** Paste `text` into a fresh /triage/ and measure in the page. */
async function measure(text) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/triage/`);
  await page.locator('astro-island:not([ssr])').waitFor();
  // A person needs more than a second to focus the box and paste; by then the page has been idle
  // and the wizard has warmed its regexes (TriageWizard.tsx). Pasting 1 s after hydration measures that.
  await page.waitForTimeout(1000);
  await page.evaluate(async (t) => {
    await navigator.clipboard.writeText(t);
    const w = window;
    w.__bench = { longtasks: [], keydown: 0, paste: 0, painted: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    // The primary result's text carries elementtiming: its renderTime is when it was painted.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'triage-result') w.__bench.rendered = e.renderTime || e.loadTime;
    }).observe({ type: 'element' });
    const area = document.querySelector('#triage-input');
    area.addEventListener('keydown', (e) => (w.__bench.keydown = e.timeStamp), { capture: true });
    area.addEventListener('paste', (e) => (w.__bench.paste = e.timeStamp), { capture: true });
    // Painted: the summary changes to a result, then one frame is rendered.
    const summary = document.querySelector('.triage-summary');
    new MutationObserver(() => {
      if (!/found/.test(summary.textContent) || w.__bench.painted) return;
      w.__bench.committed = performance.now();
      requestAnimationFrame(() => setTimeout(() => (w.__bench.painted = performance.now())));
    }).observe(summary, { childList: true, characterData: true, subtree: true });
    area.focus();
  }, text);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__bench.painted > 0 && window.__bench.rendered > 0, null, { timeout: 60_000, polling: 50 });
  await page.waitForTimeout(300); // let trailing long tasks be reported
  const r = await page.evaluate(() => ({
    ...window.__bench,
    clipboard: performance.getEntriesByName('triage:clipboard-read', 'measure').map((m) => ({ start: m.startTime, end: m.startTime + m.duration })),
    match: performance.getEntriesByName('triage:match', 'measure').at(-1)?.duration ?? 0,
  }));
  const summary = await page.locator('.triage-summary').textContent();
  const pasted = await page.locator('#triage-input').evaluate((a) => a.value.length);
  await page.close();
  const during = r.longtasks.filter((t) => t.start + t.duration >= r.keydown);
  // Chromium's own clipboard work: the task that reads the paste (getData) and the one before the
  // paste event that fetches it from the browser process. Neither runs page code.
  const readsClipboard = (t) => t.start < r.paste || r.clipboard.some((c) => c.start >= t.start && c.end <= t.start + t.duration);
  const ours = during.filter((t) => !readsClipboard(t));
  const clipboardMs = Math.max(0, ...r.clipboard.map((c) => c.end - c.start));
  return {
    pasteToPaint: r.rendered - r.keydown,
    pasteToCommit: r.committed - r.keydown,
    pasteToNextTask: r.painted - r.keydown,
    pasteEventToPaint: r.rendered - r.paste,
    tasks: during.map((t) => `${(t.start - r.keydown).toFixed(0)}+${t.duration.toFixed(0)}`).join(' '),
    maxLongTask: Math.max(0, ...during.map((t) => t.duration)),
    maxOwnTask: Math.max(0, ...ours.map((t) => t.duration)),
    clipboardMs,
    matchMs: r.match,
    longTasks: during.length,
    // Large pastes are matched in full but shown as an excerpt (src/components/Wizard/preview.ts).
    ok: /Best match: version `GLIBC_x\.y' not found/.test(summary ?? '') && pasted > 0 && pasted <= text.length,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => `${n.toFixed(1)} ms`;
let failed = false;
for (const [name, bytes, check] of [
  ['100 KB paste', 100_000, (m) => m.pasteToPaint < 50],
  ['10 MB paste', 10_000_000, (m) => m.maxOwnTask <= 100],
]) {
  const text = log(bytes);
  await measure(text); // warm-up: compile caches, worker start
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(text));
  const m = {
    pasteToPaint: median(results.map((r) => r.pasteToPaint)),
    pasteEventToPaint: median(results.map((r) => r.pasteEventToPaint)),
    maxLongTask: Math.max(...results.map((r) => r.maxLongTask)),
    maxOwnTask: Math.max(...results.map((r) => r.maxOwnTask)),
    clipboardMs: median(results.map((r) => r.clipboardMs)),
    matchMs: median(results.map((r) => r.matchMs)),
    longTasks: Math.max(...results.map((r) => r.longTasks)),
  };
  if (process.env.BENCH_DEBUG) console.log(results);
  const ok = results.every((r) => r.ok) && check(m);
  failed ||= !ok;
  console.log(
    `${name} (${(text.length / 1e6).toFixed(2)} MB, ${runs} runs): paste->paint median ${fmt(m.pasteToPaint)}, ` +
      `paste event->paint median ${fmt(m.pasteEventToPaint)}, longest main-thread task ${fmt(m.maxLongTask)}, ` +
      `longest outside Chromium's clipboard read ${fmt(m.maxOwnTask)} (getData itself: median ${fmt(m.clipboardMs)}; ` +
      `${m.longTasks} long tasks at most; main-thread match median ${fmt(m.matchMs)}) ${ok ? 'ok' : 'OVER BUDGET or wrong result'}`,
  );
}

// The engine alone in a Chromium Web Worker, as the wizard's worker runs it: the compiled catalog
// is loaded once, then a 10 MB paste (a string, as the worker receives it) is matched.
{
  const { build } = await import('esbuild');
  const { loadCatalog } = await import('../src/lib/catalog/load-node.ts');
  const { compileCatalog } = await import('../src/lib/compiled-catalog/compiled-catalog.ts');
  const worker = await build({
    stdin: {
      contents: `import { loadMatcher } from './src/lib/matcher/index.ts';
        self.onmessage = ({ data }) => {
          const matcher = loadMatcher(data.catalog);
          const times = [];
          let slug;
          for (let i = 0; i < data.runs + 1; i++) {
            const t = performance.now();
            slug = matcher.match(data.text)[0]?.slug;
            times.push(performance.now() - t);
          }
          self.postMessage({ first: times[0], times: times.slice(1), slug });
        };`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/triage/`);
  const r = await page.evaluate(
    ({ code, catalog, text, runs }) =>
      new Promise((resolve) => {
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.onmessage = (e) => resolve(e.data);
        w.postMessage({ catalog, text, runs });
      }),
    { code: worker.outputFiles[0].text, catalog: compileCatalog(loadCatalog()), text: log(10_000_000), runs },
  );
  await page.close();
  const m = median(r.times);
  const ok = r.slug === 'glibc-version-not-found' && m < 100;
  failed ||= !ok;
  console.log(`10 MB paste matched in a Web Worker (engine alone, ${runs} runs): median ${fmt(m)}, first (cold) ${fmt(r.first)} ${ok ? 'ok' : 'OVER BUDGET or wrong result'}`);
}

await browser.close();
server.kill();
process.exit(failed ? 1 : 0);
