/**
 * The GitHub Action (action.yml at the repository root): `logs` mode annotates and summarises CI
 * logs, `issues` mode comments once on a new or edited issue that contains a known error. Runs as
 * the runner does it: inputs from `INPUT_*`, context from `GITHUB_*`, outputs appended to the
 * files GitHub names. Takes its dependencies as arguments so the tests can drive it.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CompiledData, Diagnosis, Matcher } from '../lib/matcher/index.ts';
import { loadMatcher } from '../lib/matcher/index.ts';
import {
  annotation,
  COMMENT_MARKER,
  escapeData,
  fencedBlocks,
  issueComment,
  jobSummary,
  pageUrl,
  quote,
  reportable,
  type FileResult,
} from '../integrations/github.ts';
import type { ReportEntry } from '../integrations/report-entry.ts';
import { githubApi } from './github-api.ts';
import { readLog, resolveFiles } from './files.ts';

export interface ActionData {
  catalog: CompiledData;
  reports: ReportEntry[];
  defaultSite: string;
}

export interface ActionDeps {
  env: Record<string, string | undefined>;
  data: ActionData;
  stdout?: (s: string) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper case, trimmed. */
export function getInput(env: ActionDeps['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Append `name=value` to $GITHUB_OUTPUT with a heredoc delimiter (values may hold newlines). */
function setOutput(env: ActionDeps['env'], name: string, value: string): void {
  if (!env.GITHUB_OUTPUT) return;
  const delim = `ghadelimiter_${randomUUID()}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delim}\n${value}\n${delim}\n`);
}

const matchesJson = (results: readonly FileResult[], site: string) =>
  results.flatMap((f) =>
    reportable(f.diagnoses).map((d) => ({
      file: f.file,
      slug: d.slug,
      title: d.title,
      url: pageUrl(site, d.slug),
      line: d.line,
      text: quote(d.text),
      captures: Object.fromEntries(Object.entries(d.captures).map(([k, v]) => [k, quote(v.text)])),
    })),
  );

function runLogs(deps: ActionDeps, matcher: Matcher, reports: Map<string, ReportEntry>, site: string): number {
  const { env } = deps;
  const out = deps.stdout ?? ((s: string) => process.stdout.write(s));
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const input = getInput(env, 'files');
  if (!input) throw new Error('input "files" is required in logs mode (newline-separated paths or globs)');
  const { files, missing } = resolveFiles(input, root);
  for (const m of missing) out(`::warning::${escapeData(`go-native-errors: no file matches ${m}`)}\n`);
  const results: FileResult[] = files.map((file) => ({
    file,
    diagnoses: matcher.match(readLog(isAbsolute(file) ? file : join(root, file))),
  }));
  for (const r of results) for (const d of reportable(r.diagnoses)) out(`${annotation(d, reports.get(d.slug), site, r.file)}\n`);
  const matches = matchesJson(results, site);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${jobSummary(results, reports, site)}\n`);
  setOutput(env, 'matches', JSON.stringify(matches));
  setOutput(env, 'count', String(matches.length));
  out(`go-native-errors: ${matches.length} known error(s) in ${files.length} file(s)\n`);
  return matches.length && /^(?:true|yes|1)$/i.test(getInput(env, 'fail-on-match')) ? 1 : 0;
}

interface IssueEvent {
  action?: string;
  issue?: { number: number; body?: string | null; user?: { login?: string; type?: string }; pull_request?: unknown };
  repository?: { full_name?: string };
}

const isBot = (user: { login?: string; type?: string } | undefined) => user?.type === 'Bot' || /\[bot\]$/.test(user?.login ?? '');

/** Fenced blocks first (that is where people paste logs), then the whole body. */
function diagnoseIssue(matcher: Matcher, body: string): Diagnosis[] {
  const blocks = fencedBlocks(body);
  if (blocks.length) {
    const inBlocks = matcher.match(blocks.join('\n'));
    if (inBlocks.length) return inBlocks;
  }
  return matcher.match(body);
}

async function runIssues(deps: ActionDeps, matcher: Matcher, reports: Map<string, ReportEntry>, site: string): Promise<number> {
  const { env } = deps;
  const out = deps.stdout ?? ((s: string) => process.stdout.write(s));
  if (!env.GITHUB_EVENT_PATH) throw new Error('GITHUB_EVENT_PATH is not set: issues mode runs on `issues` events');
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as IssueEvent;
  const { issue } = event;
  const say = (s: string) => out(`go-native-errors: ${s}\n`);
  if (!issue || issue.pull_request) return (say('not an issue event; nothing to do'), 0);
  if (!['opened', 'edited', 'reopened'].includes(event.action ?? '')) return (say(`issue ${event.action}; nothing to do`), 0);
  if (isBot(issue.user)) return (say(`issue #${issue.number} was opened by a bot; not commenting`), 0);
  const diagnoses = reportable(diagnoseIssue(matcher, issue.body ?? ''));
  const matches = diagnoses.map((d) => ({ slug: d.slug, title: d.title, url: pageUrl(site, d.slug), line: d.line, text: quote(d.text) }));
  setOutput(env, 'matches', JSON.stringify(matches));
  setOutput(env, 'count', String(matches.length));
  const body = issueComment(diagnoses, reports, site, `${site.replace(/\/$/, '')}/issue-bot/`);
  if (!body) return (say(`no known Go linker or loader error in issue #${issue.number}; not commenting`), 0);
  const repo = event.repository?.full_name ?? env.GITHUB_REPOSITORY;
  if (!repo) throw new Error('no repository in the event or GITHUB_REPOSITORY');
  const token = getInput(env, 'token') || env.GITHUB_TOKEN;
  if (!token) throw new Error('input "token" is empty');
  const api = githubApi({ apiUrl: env.GITHUB_API_URL || 'https://api.github.com', token, fetch: deps.fetch, sleep: deps.sleep, log: say });
  const mine = (await api.listComments(repo, issue.number)).find((c) => c.body?.includes(COMMENT_MARKER));
  if (mine) {
    if (mine.body === body) return (say(`comment ${mine.id} on #${issue.number} is up to date`), 0);
    await api.updateComment(repo, mine.id, body);
    say(`updated comment ${mine.id} on #${issue.number}: ${matches.map((m) => m.slug).join(', ')}`);
  } else {
    const made = await api.createComment(repo, issue.number, body);
    say(`commented on #${issue.number} (comment ${made.id}): ${matches.map((m) => m.slug).join(', ')}`);
  }
  return 0;
}

/** Run the action; returns the process exit code. Errors become one `::error::` line and exit 1. */
export async function runAction(deps: ActionDeps): Promise<number> {
  const out = deps.stdout ?? ((s: string) => process.stdout.write(s));
  try {
    const mode = getInput(deps.env, 'mode') || 'logs';
    const site = (getInput(deps.env, 'site') || deps.data.defaultSite).replace(/\/$/, '');
    const matcher = loadMatcher(deps.data.catalog);
    const reports = new Map(deps.data.reports.map((r) => [r.slug, r]));
    if (mode === 'logs') return runLogs(deps, matcher, reports, site);
    if (mode === 'issues') return await runIssues(deps, matcher, reports, site);
    throw new Error(`input "mode" must be logs or issues, not ${JSON.stringify(mode)}`);
  } catch (err) {
    out(`::error title=go-native-errors::${escapeData((err as Error).message)}\n`);
    return 1;
  }
}
