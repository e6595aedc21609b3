/**
 * GitHub's text formats for a diagnosis: workflow-command annotations (`::error ...::`), the
 * Markdown job summary and the issue bot's comment. Pure: the CLI's `--format github` and the
 * Action (src/action/) both print through here. Everything quoted from a log or an issue goes
 * through the wizard's redaction first (src/lib/share/redact.ts), so a token in a log never
 * reaches an annotation, a summary or a comment.
 */
import type { Diagnosis } from '../lib/matcher/index.ts';
import { redactSecrets } from '../lib/share/redact.ts';
import type { ReportEntry } from './report-entry.ts';

/** The hidden line that marks the bot's own comment, so an edit updates it instead of adding one. */
export const COMMENT_MARKER = '<!-- go-native-errors: issue bot -->';

/** Escaping of a workflow command's message (GitHub's toolkit: `%`, CR, LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value: the message's, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const pageUrl = (site: string, slug: string) => `${site.replace(/\/$/, '')}/errors/${slug}/`;

export const quote = (s: string) => redactSecrets(s).text;

const titleOf = (d: Diagnosis, r: ReportEntry | undefined) => r?.headline ?? r?.title ?? d.title;

/** The diagnoses worth reporting: superseded (generic) pages fold under the specific one. */
export function reportable(diagnoses: readonly Diagnosis[]): Diagnosis[] {
  return diagnoses.filter((d) => !d.superseded);
}

/** One `::error ...::` line for a diagnosis found in `file`. */
export function annotation(d: Diagnosis, r: ReportEntry | undefined, site: string, file?: string): string {
  const props = [`title=${escapeProperty(titleOf(d, r))}`];
  if (file && file !== '-') props.push(`file=${escapeProperty(file)}`, `line=${d.line}`);
  const fix = r?.fix ? ` Fix: ${r.fix.title}${r.fix.command ? `: \`${r.fix.command.code.split('\n')[0]}\`` : ''}` : '';
  const message = `${quote(d.text)}\n${r?.cause ?? ''}${fix}\nSee ${pageUrl(site, d.slug)}#${r?.fix?.id ?? ''}`.replace(/#$/, '');
  return `::error ${props.join(',')}::${escapeData(message)}`;
}

/** A fence that no run of backticks inside `code` can close. */
export function fenced(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** Inline code that survives backticks in the text. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

const captureList = (d: Diagnosis) =>
  Object.entries(d.captures)
    .map(([k, v]) => `${k} ${inlineCode(quote(v.text))}`)
    .join(', ');

function fixBlock(r: ReportEntry | undefined, site: string, slug: string): string {
  if (!r?.fix) return `How to fix it: ${pageUrl(site, slug)}`;
  const link = `[${r.fix.title}](${pageUrl(site, slug)}#${r.fix.id})`;
  return r.fix.command ? `**Fix:** ${link}\n\n${fenced(r.fix.command.code, r.fix.command.lang)}` : `**Fix:** ${link}`;
}

export interface FileResult {
  file: string;
  diagnoses: Diagnosis[];
}

/** The Markdown job summary of the `logs` mode. */
export function jobSummary(results: readonly FileResult[], reports: ReadonlyMap<string, ReportEntry>, site: string): string {
  const found = results.flatMap((f) => reportable(f.diagnoses).map((d) => ({ file: f.file, d })));
  const out = ['## Go native errors', ''];
  if (!found.length) {
    out.push(`No known Go linker or loader error in ${results.length} file(s).`, '');
    return out.join('\n');
  }
  out.push(`${found.length} known error(s) in ${results.length} file(s).`, '');
  for (const { file, d } of found) {
    const r = reports.get(d.slug);
    out.push(`### [${titleOf(d, r)}](${pageUrl(site, d.slug)})`, '');
    out.push(`${inlineCode(file)}, line ${d.line}:`, '', fenced(quote(d.text)), '');
    if (r?.cause) out.push(r.cause, '');
    const caps = captureList(d);
    if (caps) out.push(`Captured: ${caps}`, '');
    out.push(fixBlock(r, site, d.slug), '');
  }
  return out.join('\n');
}

/** The issue bot's comment (with its marker), or undefined when nothing matched. */
export function issueComment(
  diagnoses: readonly Diagnosis[],
  reports: ReadonlyMap<string, ReportEntry>,
  site: string,
  docsUrl: string,
): string | undefined {
  const shown = reportable(diagnoses).slice(0, 3);
  if (!shown.length) return undefined;
  const parts = [COMMENT_MARKER];
  for (const d of shown) {
    const r = reports.get(d.slug);
    parts.push(
      `This looks like **${titleOf(d, r)}** — ${pageUrl(site, d.slug)}: ${r?.cause ?? ''}`.trim(),
      '',
      `Matched line ${d.line}: ${inlineCode(quote(d.text))}`,
      '',
      fixBlock(r, site, d.slug),
      '',
    );
  }
  parts.push(`<sub>Posted by the go-native-errors action from the text of this issue. [What this is and how to turn it off](${docsUrl})</sub>`);
  return parts.join('\n');
}

/** The contents of the fenced code blocks of a Markdown text (issue bodies put logs there). */
export function fencedBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let open: { marker: string; lines: string[] } | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (m && m[1][0] === open.marker[0] && m[1].length >= open.marker.length && !line.trim().slice(m[1].length).trim()) {
        blocks.push(open.lines.join('\n'));
        open = undefined;
      } else open.lines.push(line);
    } else if (m) open = { marker: m[1], lines: [] };
  }
  if (open) blocks.push(open.lines.join('\n'));
  return blocks;
}
