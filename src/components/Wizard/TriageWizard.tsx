/**
 * The triage wizard island. State lives in the URL fragment (hash-state.ts); the paste is matched
 * by the same matcher as the tests and the CLI, loaded from the patterns compiled at build time.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StringMatcher } from '../../lib/matcher/string-matcher.ts';
import type { CompiledData, Diagnosis } from '../../lib/matcher/index.ts';
import { GuidedPanel } from './GuidedPanel.tsx';
import { parseHash, toHash, type WizardState } from './hash-state.ts';
import { matchInWorker, warmWorker, WORKER_THRESHOLD } from './match-client.ts';
import { PastePanel } from './PastePanel.tsx';
import { previewOf } from './preview.ts';
import type { FixCommandIndex, WizardProps } from './types.ts';
import './wizard.css';

/** Set by the home page's paste box for pastes too large for a URL. */
export const HANDOFF_KEY = 'triage:paste';

type HistoryMode = 'push' | 'replace';

export default function TriageWizard({ entries, labels, site, repository }: WizardProps) {
  // Starts empty on the server and during hydration; the fragment is read in an effect.
  const [state, setState] = useState<WizardState>({ q: '' });
  const [workerResult, setWorkerResult] = useState<{ text: string; diagnoses: Diagnosis[] }>();
  const [commands, setCommands] = useState<FixCommandIndex>();
  // The fixes' commands come in a file of their own, fetched as soon as the wizard runs.
  useEffect(() => {
    fetch('/fix-commands.json')
      .then((r) => r.json())
      .then(setCommands, () => undefined);
  }, []);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingHistory = useRef<HistoryMode | null>(null);
  /** The newest state, set when it is asked for (Preact may still run an older render's effect). */
  const latest = useRef(state);
  // Pastes up to WORKER_THRESHOLD are matched here as strings; larger ones go to the worker. The
  // matcher (its own chunk) and the patterns compiled at build time (/matcher-patterns.json) are
  // fetched as soon as the island starts; a paste that arrives first is matched when they are in.
  const [compiled, setCompiled] = useState<CompiledData>();
  const [matcher, setMatcher] = useState<StringMatcher>();
  useEffect(() => {
    let live = true;
    const data = fetch('/matcher-patterns.json').then((r) => r.json() as Promise<CompiledData>);
    void Promise.all([data, import('../../lib/matcher/string-matcher.ts')]).then(([d, m]) => {
      if (!live) return;
      setCompiled(d);
      setMatcher(m.loadStringMatcher(d));
    });
    return () => {
      live = false;
    };
  }, []);
  const bySlug = useMemo(() => new Map(entries.map((e) => [e.slug, e])), [entries]);

  const small = state.q.length <= WORKER_THRESHOLD;
  const syncDiagnoses = useMemo(() => {
    if (!small || !matcher) return undefined;
    performance.mark('triage:match');
    const found = matcher.match(state.q);
    performance.measure('triage:match', 'triage:match');
    return found;
  }, [matcher, state.q, small]);
  const diagnoses = small ? syncDiagnoses : workerResult?.text === state.q ? workerResult.diagnoses : undefined;

  useEffect(() => {
    if (small || !compiled) return;
    let current = true;
    matchInWorker(compiled, state.q).then((d) => current && setWorkerResult({ text: state.q, diagnoses: d }));
    return () => {
      current = false;
    };
  }, [compiled, state.q, small]);

  // V8 runs a regex from bytecode first and compiles it to machine code when it is used again;
  // for the prefilter (one alternation of every literal) that compile alone takes ~20 ms. Warm
  // every pattern twice while the page is idle (a line per literal, so each confirming regex runs
  // too), in two idle slices, so the first paste pays for none of it.
  useEffect(() => {
    if (!matcher) return;
    const sample = matcher.patterns.map((p) => p.literal).join('\n');
    const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
    idle(() => {
      matcher.match(sample);
      idle(() => void matcher.match(sample));
    });
  }, [matcher]);

  // Fragment -> state: on load, and on back/forward or an edited fragment.
  useEffect(() => {
    const fromUrl = () => {
      const next = parseHash(location.hash);
      if (!next.q && !location.hash) {
        const handoff = sessionStorage.getItem(HANDOFF_KEY);
        sessionStorage.removeItem(HANDOFF_KEY);
        if (handoff) {
          next.q = handoff;
          pendingHistory.current = 'replace';
        }
      }
      const shown = previewOf(next.q);
      if (textareaRef.current && textareaRef.current.value !== shown) textareaRef.current.value = shown;
      latest.current = next;
      setState(next);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  const matchedLines = (d: Diagnosis[] | undefined) => (d ?? []).flatMap((x) => x.occurrences.map((o) => o.line));

  // State -> fragment, once the diagnoses are known. The fragment carries only the matched lines
  // with a few lines around them, redacted (share.ts), never the whole paste: a paste nothing
  // matched leaves the address without it.
  useEffect(() => {
    const mode = pendingHistory.current;
    if (!mode || !diagnoses || state !== latest.current) return;
    pendingHistory.current = null;
    import('./share.ts').then((m) => {
      if (state !== latest.current) return;
      const hash = toHash({ ...state, q: m.excerptOf(state.q, matchedLines(diagnoses)).text });
      if (hash === location.hash) return;
      const url = hash || location.pathname + location.search;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
  }, [state, diagnoses]);

  const update = (patch: Partial<WizardState>, mode: HistoryMode) => {
    if (pendingHistory.current !== 'push') pendingHistory.current = mode;
    latest.current = { ...latest.current, ...patch };
    setState(latest.current);
  };

  return (
    <div class="triage-wizard">
      <PastePanel
        textareaRef={textareaRef}
        state={state}
        diagnoses={diagnoses}
        bySlug={bySlug}
        commands={commands}
        labels={labels}
        site={site}
        repository={repository}
        onText={(q, mode) => update({ q }, mode)}
        onFocus={() => compiled && warmWorker(compiled)}
        onPlatform={(platform) => update({ platform: platform === 'auto' ? undefined : platform }, 'push')}
        shareHash={async () => {
          const m = await import('./share.ts');
          const ex = m.excerptOf(state.q, matchedLines(diagnoses));
          return { hash: toHash({ ...state, q: ex.text }), excerpt: ex.text, redacted: ex.redacted };
        }}
      />
      <GuidedPanel entries={entries} state={state} labels={labels} onAnswer={update} collapsed={Boolean(diagnoses?.length)} />
    </div>
  );
}
