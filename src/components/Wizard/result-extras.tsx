/**
 * The parts of the wizard's answer that can arrive a moment after it (loaded on the first paste,
 * outside the island's first download): the matched line with its values marked, the captured
 * values with plain labels, the package to install, the distributions for a GLIBC version, the
 * more general pages folded into a card, sharing with a preview, and the no-match help.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Capture, Diagnosis } from '../../lib/matcher/index.ts';
import { capturedGlibc, captureRows } from './capture-rows.ts';
import { markdownLink } from './clipboard.ts';
import { CopyButton } from './CopyButton.tsx';
import type { WizardState } from './hash-state.ts';
import { distinctiveLine, openSiteSearch, searchQuery } from './no-match.ts';
import type { OutOfScope } from './no-match-help.ts';
import { useGlibcSupport } from './use-glibc-support.ts';
import type { Platform, Role, WizardEntry, WizardLabels } from './types.ts';

/** The line with each captured value in a <mark> (its first occurrence). */
function markedLine(text: string, captures: Record<string, Capture>) {
  const spans: [number, number][] = [];
  for (const c of Object.values(captures)) {
    // The first occurrence that does not overlap a value already marked.
    for (let at = c.text ? text.indexOf(c.text) : -1; at >= 0; at = text.indexOf(c.text, at + 1)) {
      if (!spans.some(([a, b]) => at < b && at + c.text.length > a)) {
        spans.push([at, at + c.text.length]);
        break;
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out = [];
  let pos = 0;
  for (const [a, b] of spans) {
    out.push(text.slice(pos, a), <mark key={a}>{text.slice(a, b)}</mark>);
    pos = b;
  }
  out.push(text.slice(pos));
  return out;
}

/** Where the captured library's package comes from, per wizard platform (src/lib/data/native-packages.ts). */
const PACKAGE_PLATFORMS: Record<string, string[]> = { 'linux-glibc': ['debian'], 'linux-musl': ['alpine'], macos: ['brew'], windows: ['msys2'] };

type Install = { label: string; text: string }[];

/** The package to install for a captured library, header or module, loaded only when a page fixes by installing one. */
function useInstall(entry: WizardEntry, captures: Record<string, Capture>, platform: Platform | undefined): Install | undefined {
  const [rows, setRows] = useState<Install>();
  const key = entry.installs ? JSON.stringify(Object.entries(captures).map(([k, c]) => [k, c.text])) + platform : '';
  useEffect(() => {
    setRows(undefined);
    if (!key) return;
    let current = true;
    import('../../lib/data/native-packages.ts').then(({ installForCaptures }) => {
      const found = installForCaptures(captures);
      const want = (platform && PACKAGE_PLATFORMS[platform]) || ['debian', 'alpine', 'brew'];
      if (current && found) {
        setRows(found.platforms.filter((p) => want.includes(p.platform)).map((p) => ({ label: p.label, text: p.command ?? p.builtin ?? p.unavailable ?? p.lookUp ?? '' })));
      }
    });
    return () => {
      current = false;
    };
  }, [key]);
  return rows;
}

/** Select line `n` (1-based) of the paste box and bring it into view. */
function selectLine(area: HTMLTextAreaElement | null, n: number) {
  if (!area) return;
  const lines = area.value.split('\n');
  const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[n - 1] ?? '').length);
  area.scrollTop = Math.max(0, (n - 2) * parseFloat(getComputedStyle(area).lineHeight || '20'));
}

interface DetailsProps {
  entry: WizardEntry;
  diagnosis: Diagnosis;
  primary: boolean;
  /** The platform the fix is for, and the one picked in the select. */
  platform?: Platform;
  chosen?: string;
  labels: WizardLabels;
  general?: WizardEntry[];
  textarea?: RefObject<HTMLTextAreaElement>;
}

export function CardDetails({ entry, diagnosis, primary, platform, chosen, labels, general, textarea }: DetailsProps) {
  const rows = primary ? captureRows(entry, diagnosis.captures) : [];
  const glibc = primary ? capturedGlibc(diagnosis.captures) : undefined;
  const support = useGlibcSupport(glibc);
  const install = useInstall(primary ? entry : { ...entry, installs: false }, diagnosis.captures, platform);
  return (
    <>
      {primary && chosen && chosen !== 'auto' && platform !== chosen && (
        <p class="triage-note">
          This error comes from {entry.platforms.map((p) => labels.platforms[p]).join(', ')}: the platform picked above does not change its fix.
        </p>
      )}
      {primary && (
        <div class="triage-matched">
          <p class="triage-meta">
            Matched line{' '}
            <button type="button" class="triage-linkish" onClick={() => selectLine(textarea?.current ?? null, diagnosis.line)}>
              {diagnosis.line} (select it in the box)
            </button>
          </p>
          <pre class="triage-line" aria-label={`Matched line ${diagnosis.line}`}>
            <code>{markedLine(diagnosis.text, diagnosis.captures)}</code>
          </pre>
        </div>
      )}
      {rows.length > 0 && (
        <dl class="triage-captures">
          {rows.map((r) => (
            <div key={r.name}>
              <dt>{r.label}</dt>
              <dd>
                <code>{r.value}</code>
                {r.note && <span class="triage-note"> {r.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {install && install.length > 0 && (
        <div class="triage-install">
          <p class="triage-glibc-label">Package to install</p>
          <dl class="triage-captures">
            {install.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>
                  <code>{r.text}</code>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {support && (
        <div class="triage-glibc">
          <p>A binary that needs {support.need}:</p>
          <div class="triage-glibc-lists">
            <div>
              <p class="triage-glibc-label">Runs on</p>
              <ul>{support.runs.length ? support.runs.map((d) => <li key={d}>{d}</li>) : <li>none of the listed releases</li>}</ul>
            </div>
            <div>
              <p class="triage-glibc-label">Does not run on</p>
              <ul>{support.fails.map((d) => <li key={d}>{d}</li>)}</ul>
            </div>
          </div>
        </div>
      )}
      {general && general.length > 0 && (
        <p class="triage-also">
          Also matches the more general{' '}
          {general.map((g, i) => (
            <>
              {i > 0 && ', '}
              <a key={g.slug} href={`${labels.errorsBase}${g.slug}/`}>
                {g.headline ?? g.title}
              </a>
            </>
          ))}
          .
        </p>
      )}
    </>
  );
}

/** Share a diagnosis: shows what the link will carry (the matched lines, redacted) before copying. */
export interface ShareProps {
  state: WizardState;
  site: string;
  title: string;
  slug: string;
  shareHash: () => Promise<{ hash: string; excerpt: string; redacted: number }>;
}

export function SharePanel(p: ShareProps) {
  const [preview, setPreview] = useState<{ hash: string; excerpt: string; redacted: number }>();
  const triageUrl = () => new URL(`/triage/${preview!.hash}`, p.site).href;
  const pageUrl = new URL(`/errors/${p.slug}/`, p.site).href;
  // A new paste or answer closes an open preview: it would show stale text.
  useEffect(() => setPreview(undefined), [p.state]);
  return (
    <div class="triage-share">
      {!preview ? (
        <button type="button" aria-expanded="false" onClick={async () => setPreview(await p.shareHash())}>
          Share this diagnosis
        </button>
      ) : (
        <div class="triage-share-preview" role="group" aria-label="What the link carries">
          <p>
            The link and the Markdown carry only these lines of your paste
            {preview.redacted > 0 ? `, with ${preview.redacted} secret-looking ${preview.redacted === 1 ? 'value' : 'values'} redacted` : ''}:
          </p>
          <pre tabIndex={0}>
            <code>{preview.excerpt || '(no lines: the link opens the triage page)'}</code>
          </pre>
          <p class="triage-actions">
            <CopyButton label="Copy link" text={triageUrl} />
            <CopyButton label="Copy as Markdown" text={() => shareMarkdownText(preview.excerpt, p.title, pageUrl, triageUrl())} />
            <button type="button" onClick={() => setPreview(undefined)}>
              Close
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

function shareMarkdownText(excerpt: string, title: string, pageUrl: string, triageUrl: string): string {
  const link = markdownLink(title, pageUrl);
  return excerpt ? `${link} ([diagnosis](${triageUrl}))\n\n\`\`\`\n${excerpt.replace(/```/g, "'''")}\n\`\`\`\n` : link;
}

export function NoMatch({ text, repository }: { text: string; repository: string }) {
  const query = searchQuery(distinctiveLine(text));
  const [help, setHelp] = useState<{ scope?: OutOfScope; search?: { query: string; count: number } }>();
  const [report, setReport] = useState<{ excerpt: string; url: string; redacted: number }>();
  useEffect(() => {
    let current = true;
    setHelp(undefined);
    setReport(undefined);
    import('./no-match-help.ts').then(async (m) => {
      const scope = m.outOfScope(text);
      const search = query ? await m.searchWithResults(query) : undefined;
      if (current) setHelp({ scope, search });
    });
    return () => {
      current = false;
    };
  }, [text]);
  const openReport = async () => {
    const m = await import('./share.ts');
    const ex = m.excerptOf(text, [m.distinctiveLineNumber(text)]);
    setReport({ excerpt: ex.text, url: m.reportUrl(repository, ex.text), redacted: ex.redacted });
  };
  const scope = help?.scope;
  return (
    <div class="triage-nomatch">
      {scope ? (
        <p>
          This looks like {scope.what} {scope.where} This site covers linker and loader errors; see <a href={scope.url}>the Go documentation</a>.
        </p>
      ) : (
        <p>None of the pages here matches this text. It may be an error that is not written up yet, or the paste may be missing the line that names it.</p>
      )}
      <ul>
        {help?.search && (
          <li>
            <button type="button" onClick={() => openSiteSearch(help.search!.query)}>
              Search the site for “{help.search.query}” ({help.search.count} {help.search.count === 1 ? 'page' : 'pages'})
            </button>
          </li>
        )}
        {help && !help.search && <li>No page of this site mentions these words.</li>}
        {!scope && (
          <li>
            {report ? (
              <div class="triage-share-preview" role="group" aria-label="What the report carries">
                <p>The report carries only these lines{report.redacted > 0 ? `, with ${report.redacted} secret-looking values redacted` : ''}:</p>
                <pre tabIndex={0}>
                  <code>{report.excerpt}</code>
                </pre>
                <a href={report.url}>Open the prefilled report</a> (review it before submitting)
              </div>
            ) : (
              <button type="button" onClick={openReport}>
                Report this error
              </button>
            )}
          </li>
        )}
      </ul>
    </div>
  );
}

/** "I build this program" / "I run a binary someone else built", for pages whose fixes differ by role. */
export function RoleChoice({ role, onRole }: { role?: Role; onRole: (r: Role) => void }) {
  return (
    <fieldset class="triage-radios triage-role">
      <legend>You</legend>
      {(['builder', 'runner'] as const).map((r) => (
        <label key={r}>
          <input type="radio" name="triage-role" value={r} checked={(role ?? 'builder') === r} onChange={() => onRole(r)} />{' '}
          {r === 'builder' ? 'I build this program' : 'I run a binary someone else built'}
        </label>
      ))}
    </fieldset>
  );
}
