/** One diagnosis: what it is, why, the values found in the paste, and the fix for this platform. */
import type { Diagnosis } from '../../lib/matcher/index.ts';
import { capturedGlibc, capturedGoVersion, captureRows } from './capture-rows.ts';
import { markdownLink } from './clipboard.ts';
import { CopyButton } from './CopyButton.tsx';
import { chooseFix, parseGoVersion, resolvePlatform } from './fix-choice.ts';
import { useGlibcSupport } from './use-glibc-support.ts';
import type { WizardEntry, WizardLabels } from './types.ts';

interface Props {
  entry: WizardEntry;
  diagnosis: Diagnosis;
  primary: boolean;
  platform?: string;
  goAnswer?: string;
  labels: WizardLabels;
  site: string;
}

export function ResultCard({ entry, diagnosis, primary, platform, goAnswer, labels, site }: Props) {
  const path = `/errors/${entry.slug}/`;
  const titleId = `triage-result-${entry.slug}`;
  const go = capturedGoVersion(diagnosis.captures) ?? parseGoVersion(goAnswer);
  const resolved = resolvePlatform(entry, platform);
  const fix = chooseFix(entry, resolved, go);
  const rows = captureRows(entry, diagnosis.captures);
  const glibc = primary ? capturedGlibc(diagnosis.captures) : undefined;
  const support = useGlibcSupport(glibc);
  const Heading = primary ? 'h3' : 'h4';
  return (
    <article class={primary ? 'triage-result triage-primary' : 'triage-result'} aria-labelledby={titleId}>
      <Heading id={titleId} class="triage-result-title">
        <a href={path}>{entry.title}</a>
      </Heading>
      <p class="triage-meta">
        Line {diagnosis.line} · {labels.families[entry.family]}
        {diagnosis.superseded && ' · a more general page: a more specific one also matched'}
      </p>
      {/* elementtiming: lets benchmarks read when the answer was really painted (Element Timing API). */}
      <p class="triage-cause" elementtiming={primary ? 'triage-result' : undefined}>
        {entry.description}
      </p>
      {primary && rows.length > 0 && (
        <dl class="triage-captures">
          {rows.map((r) => (
            <div key={r.name}>
              <dt>{r.name}</dt>
              <dd>
                <code>{r.value}</code>
                {r.note && <span class="triage-note"> {r.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
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
      <p class="triage-fix">
        {resolved ? `Fix for ${labels.platforms[resolved]}` : 'First fix'}
        {go && fix.goVersions ? ` and Go ${go.join('.')}` : ''}: <a href={`${path}#${fix.id}`}>{fix.title}</a>
      </p>
      <div class="triage-actions">
        <CopyButton label="Copy link" describedBy={titleId} text={() => new URL(path, site).href} />
        <CopyButton label="Copy as Markdown" describedBy={titleId} text={() => markdownLink(entry.title, new URL(path, site).href)} />
      </div>
    </article>
  );
}
