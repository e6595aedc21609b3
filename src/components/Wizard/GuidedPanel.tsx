/** The guided path: three questions as native radio groups, and the candidates they leave. */
import type { WizardState } from './hash-state.ts';
import { candidates, factQuestions, hasGuidedAnswers, platformChoices, stageChoices } from './guided.ts';
import { chooseFix, parseGoVersion } from './fix-choice.ts';
import type { Platform, WizardEntry, WizardLabels } from './types.ts';

interface Props {
  entries: WizardEntry[];
  state: WizardState;
  labels: WizardLabels;
  onAnswer: (patch: Partial<WizardState>, history: 'push' | 'replace') => void;
  /** A paste matched: the questions fold away under their heading. */
  collapsed?: boolean;
}

function RadioGroup(props: { name: keyof WizardState; legend: string; options: { value: string; label: string }[]; value?: string; onPick: (v: string) => void; count: (v: string) => number }) {
  return (
    <fieldset class="triage-radios">
      <legend>{props.legend}</legend>
      {props.options.map((o) => {
        const n = props.count(o.value);
        return (
          <label key={o.value}>
            <input type="radio" name={`triage-${props.name}`} value={o.value} checked={props.value === o.value} onChange={() => props.onPick(o.value)} />{' '}
            {o.label} <span class="triage-count">({n} {n === 1 ? 'page' : 'pages'})</span>
          </label>
        );
      })}
    </fieldset>
  );
}

export function GuidedPanel({ entries, state, labels, onAnswer, collapsed }: Props) {
  const list = hasGuidedAnswers(state) ? candidates(entries, state) : [];
  const platform = state.platform && state.platform !== 'auto' ? (state.platform as Platform) : undefined;
  const go = parseGoVersion(state.go);
  const pick = (key: keyof WizardState) => (value: string) => onAnswer({ [key]: value }, 'push');
  // How many pages each answer would leave: every answer shows what it narrows to.
  const count = (key: keyof WizardState) => (value: string) => candidates(entries, { ...state, q: '', [key]: value }).length;
  return (
    <details class="triage-guided" open={!collapsed}>
      <summary>
        <h2 id="triage-guided-heading">No error text? Answer three questions</h2>
      </summary>
      <form class="triage-questions" onSubmit={(e) => e.preventDefault()}>
        <RadioGroup name="stage" legend="1. When does it fail?" value={state.stage} onPick={pick('stage')} count={count('stage')} options={stageChoices.map((c) => ({ value: c.id, label: c.label }))} />
        <RadioGroup name="platform" legend="2. Where does it fail?" value={state.platform} onPick={pick('platform')} count={count('platform')} options={platformChoices.map((id) => ({ value: id, label: labels.platforms[id] }))} />
        <fieldset class="triage-facts">
          <legend>3. Your toolchain</legend>
          {factQuestions.map((q) => (
            <RadioGroup key={q.key} name={q.key} legend={q.legend} value={state[q.key]} onPick={pick(q.key)} count={count(q.key)} options={[{ value: 'yes', label: q.yes }, { value: 'no', label: q.no }]} />
          ))}
          <div class="triage-field">
            <label for="triage-go">Go version (optional)</label>
            <input
              id="triage-go"
              type="text"
              inputMode="decimal"
              size={8}
              placeholder="1.23"
              pattern="(go)?1\.\d+(\.\d+)?"
              value={state.go ?? ''}
              onInput={(e) => onAnswer({ go: (e.currentTarget as HTMLInputElement).value.trim() || undefined }, 'replace')}
              onChange={(e) => onAnswer({ go: (e.currentTarget as HTMLInputElement).value.trim() || undefined }, 'push')}
            />
          </div>
        </fieldset>
        {hasGuidedAnswers(state) && (
          <p>
            <button type="button" onClick={() => onAnswer({ stage: undefined, platform: undefined, cgo: undefined, plugin: undefined, purego: undefined, go: undefined }, 'push')}>
              Start over
            </button>
          </p>
        )}
      </form>
      {hasGuidedAnswers(state) && (
        <div class="triage-candidates">
          <p role="status" aria-live="polite">
            {list.length === 0 ? 'No error page matches these answers yet.' : `${list.length} ${list.length === 1 ? 'error matches' : 'errors match'} your answers.`}
          </p>
          <ul>
            {list.map((e) => {
              const fix = chooseFix(e, platform, go);
              return (
                <li key={e.slug}>
                  <a href={`${labels.errorsBase}${e.slug}/`}>{e.headline ?? e.title}</a>
                  <span class="triage-meta">{labels.families[e.family]}</span>
                  <code class="triage-symptom">{e.symptom}</code>
                  <span class="triage-fix">
                    Fix: <a href={`${labels.errorsBase}${e.slug}/#${fix.id}`}>{fix.title}</a>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </details>
  );
}
