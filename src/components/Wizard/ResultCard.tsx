/** One diagnosis: what it is, the fix for this platform and role with its command, the matched line and the values found in it. */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { Diagnosis } from '../../lib/matcher/index.ts';
import { CopyButton } from './CopyButton.tsx';
import { capturedGoVersion, chooseFix, fixCommands, parseGoVersion, resolvePlatform } from './fix-choice.ts';
import type { Extras } from './use-extras.ts';
import type { FixCommandIndex, Role, WizardEntry, WizardLabels } from './types.ts';

interface Props {
  entry: WizardEntry;
  diagnosis: Diagnosis;
  /** This page's fix commands (from /fix-commands.json), once loaded. */
  commands?: FixCommandIndex[string];
  primary: boolean;
  platform?: string;
  role?: Role;
  goAnswer?: string;
  labels: WizardLabels;
  /** More general pages that matched the same line (folded into this card). */
  general?: WizardEntry[];
  /** The paste box, where the matched line can be selected. */
  textarea?: RefObject<HTMLTextAreaElement>;
  /** The lazily loaded rest of the card (matched line, values, packages); undefined until loaded. */
  Extras?: Extras;
}

export function ResultCard({ entry, diagnosis, commands, primary, platform, role, goAnswer, labels, general, textarea, Extras }: Props) {
  const path = `${labels.errorsBase}${entry.slug}/`;
  const titleId = `triage-result-${entry.slug}`;
  const go = capturedGoVersion(diagnosis.captures) ?? parseGoVersion(goAnswer);
  const resolved = resolvePlatform(entry, platform);
  const fix = chooseFix(entry, resolved, go, role);
  const forms = fixCommands({ ...fix, ...commands?.[fix.id] }, resolved);
  const [shell, setShell] = useState(0);
  const form = forms?.[shell] ?? forms?.[0];
  const Heading = primary ? 'h3' : 'h4';
  return (
    <article class={primary ? 'triage-result triage-primary' : 'triage-result'} aria-labelledby={titleId}>
      <Heading id={titleId} class="triage-result-title">
        <a href={path}>{entry.headline ?? entry.title}</a>
      </Heading>
      <p class="triage-meta">
        {labels.families[entry.family]} · line {diagnosis.line}
      </p>
      <div class="triage-quick">
        <p class="triage-fix">
          {resolved ? `Fix for ${labels.platforms[resolved]}` : 'Fix'}
          {go && fix.goVersions ? ` and Go ${go.join('.')}` : ''}: <a href={`${path}#${fix.id}`}>{fix.title}</a>
        </p>
        {form && (
          <div class="triage-cmd">
            <div class="triage-cmd-head">
              {forms!.length > 1 ? (
                <span class="triage-shells" role="group" aria-label="Shell">
                  {forms!.map((f, i) => (
                    <button key={f.s} type="button" aria-pressed={f === form} onClick={() => setShell(i)}>
                      {f.l}
                    </button>
                  ))}
                </span>
              ) : (
                <span>{form.l}</span>
              )}
              <CopyButton label="Copy" describedBy={titleId} text={() => form.c} />
            </div>
            <pre tabIndex={0} aria-label={`${form.l} command`}>
              <code>{form.c}</code>
            </pre>
          </div>
        )}
      </div>
      {/* elementtiming: lets benchmarks read when the answer was really painted (Element Timing API). */}
      <p class="triage-cause" elementtiming={primary ? 'triage-result' : undefined}>
        {entry.description}
      </p>
      {Extras && <Extras.CardDetails entry={entry} diagnosis={diagnosis} primary={primary} platform={resolved} chosen={platform} labels={labels} general={general} textarea={textarea} />}
    </article>
  );
}
