/**
 * The GitHub Action run exactly as the runner runs it: `node action/index.mjs` (the committed
 * bundle) with INPUT_* and GITHUB_* variables, against a fake GitHub API on 127.0.0.1. The
 * request log of each issues-mode run is written to .tmp/action-requests.log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/integrations/github.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures/github');
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const REQUEST_LOG = join(root, '.tmp/action-requests.log');

interface Run {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), 'gne-action-'));
  const files = { GITHUB_OUTPUT: join(work, 'output'), GITHUB_STEP_SUMMARY: join(work, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'action/index.mjs')], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: work, GITHUB_REPOSITORY: 'octo-org/octo-repo', ...files, ...inputEnv, ...env },
    });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stdout += c));
    child.on('close', (code) =>
      resolve({ code, stdout, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')) }),
    );
  }).then((r) => r as Run);
}

function workspaceWith(names: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'gne-ws-'));
  mkdirSync(join(ws, 'logs'));
  for (const n of names) copyFileSync(join(fixtures, n), join(ws, 'logs', n));
  writeFileSync(join(ws, 'logs', 'build.log.gz'), gzipSync(readFileSync(join(fixtures, 'build.log'))));
  return ws;
}

describe('action bundle', () => {
  it('is up to date with the sources and the pages (npm run bundle)', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/bundle.ts'), '--check'], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toContain('up to date');
    expect(r.status).toBe(0);
  });
});

describe('logs mode', () => {
  it('annotates, summarises and sets outputs; exits 0', async () => {
    const ws = workspaceWith(['build.log', 'clean.log']);
    const r = await runAction({ mode: 'logs', files: 'logs/*.log\nlogs/missing.txt' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(0);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error title=[^:]+,file=logs\/build\.log,line=4::/);
    expect(annotations[0]).toContain('https://go-native-errors.dev/errors/purego-dlfcn-relocation-target-not-defined/');
    expect(r.stdout).toContain('::warning::go-native-errors: no file matches logs/missing.txt');
    expect(r.summary).toContain('## Go native errors');
    expect(r.summary).toContain('[');
    expect(r.summary).toContain('/errors/purego-dlfcn-relocation-target-not-defined/');
    expect(r.summary).toMatch(/```sh\n.*go build/);
    expect(r.outputs.count).toBe('1');
    const matches = JSON.parse(r.outputs.matches);
    expect(matches[0]).toMatchObject({ file: 'logs/build.log', slug: 'purego-dlfcn-relocation-target-not-defined', line: 4 });
    expect(r.stdout + r.summary + r.outputs.matches).not.toContain(TOKEN);
  });

  it('reads .gz logs and globs with **, and fails the step only when fail-on-match is set', async () => {
    const ws = workspaceWith(['build.log']);
    const r = await runAction({ mode: 'logs', files: '**/*.gz', 'fail-on-match': 'true', site: 'https://errors.example.org/' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(1);
    expect(r.outputs.count).toBe('1');
    expect(r.stdout).toContain('file=logs/build.log.gz');
    expect(r.stdout).toContain('https://errors.example.org/errors/purego-dlfcn-relocation-target-not-defined/');
  });

  it('says so when nothing matched, and exits 0', async () => {
    const ws = workspaceWith(['clean.log']);
    const r = await runAction({ mode: 'logs', files: 'logs/clean.log', 'fail-on-match': 'true' }, { GITHUB_WORKSPACE: ws });
    expect(r.code).toBe(0);
    expect(r.outputs.count).toBe('0');
    expect(r.summary).toContain('No known Go linker or loader error');
  });

  it('rejects a bad mode with one error line and exit 1', async () => {
    const r = await runAction({ mode: 'everything' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=go-native-errors::input "mode" must be logs or issues/m);
  });
});

describe('issues mode against a local GitHub API', () => {
  let api: FakeGitHub;
  beforeAll(() => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    writeFileSync(REQUEST_LOG, '');
  });
  afterEach(async () => {
    await api?.close();
  });
  const issueRun = (event: string, extra: Record<string, string> = {}) =>
    runAction({ mode: 'issues', token: 'test-token' }, { GITHUB_EVENT_PATH: join(fixtures, event), GITHUB_API_URL: api.url, ...extra });
  const log = (name: string) =>
    appendFileSync(REQUEST_LOG, `# ${name}\n${api.requests.map((q) => `${q.method} ${q.path}${q.body ? ` (${q.body.body?.length} chars)` : ''}`).join('\n')}\n\n`);

  it('comments once on an opened issue, then edits that comment when the issue is edited', async () => {
    api = await startFakeGitHub();
    const opened = await issueRun('issue-opened.json');
    log('opened');
    expect(opened.code).toBe(0);
    const posts = api.requests.filter((q) => q.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].path).toBe('/repos/octo-org/octo-repo/issues/42/comments');
    expect(posts[0].authorization).toBe('Bearer test-token');
    const body = posts[0].body!.body!;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('This looks like **');
    expect(body).toContain('https://go-native-errors.dev/errors/purego-dlfcn-relocation-target-not-defined/');
    expect(body).not.toContain(TOKEN);
    expect(body).not.toContain('link-relocation-target-not-defined/'); // the generic page folds under the specific one

    // The same event again (a re-run) finds its own comment and leaves it as it is.
    api.requests.length = 0;
    await issueRun('issue-opened.json');
    expect(api.requests.map((q) => q.method)).toEqual(['GET']);

    api.requests.length = 0;
    const edited = await issueRun('issue-edited.json');
    log('edited');
    expect(edited.code).toBe(0);
    expect(api.requests.map((q) => q.method)).toEqual(['GET', 'PATCH']);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('/errors/glibc-version-not-found/');
    expect(edited.outputs.count).toBe('1');
  });

  it('stays silent on an issue with no Go error, and on a bot\'s issue', async () => {
    api = await startFakeGitHub();
    const none = await issueRun('issue-no-error.json');
    const bot = await issueRun('issue-by-bot.json');
    log('no error + bot');
    expect(none.code).toBe(0);
    expect(bot.code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(none.stdout).toContain('not commenting');
    expect(bot.stdout).toContain('opened by a bot');
  });

  it('retries a 500 once and waits out a 403 rate limit', async () => {
    api = await startFakeGitHub();
    api.failOnce('GET /repos/octo-org/octo-repo/issues/42/comments', '500');
    api.failOnce('POST /repos/octo-org/octo-repo/issues/42/comments', 'rate-limit');
    const started = Date.now();
    const r = await issueRun('issue-opened.json');
    log('500 once, then 403 rate limit');
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => q.method)).toEqual(['GET', 'GET', 'POST', 'POST']);
    expect(api.comments).toHaveLength(1);
    expect(r.stdout).toContain('HTTP 500; retrying');
    expect(r.stdout).toMatch(/rate limited \(HTTP 403\); waiting \d+ s/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });
});
