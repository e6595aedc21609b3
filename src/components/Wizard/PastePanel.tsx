/** The paste path: a textarea, then the ranked diagnoses or, when nothing matches, what to do next. */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../../lib/matcher/index.ts';
import { ResultCard } from './ResultCard.tsx';
import { useExtras } from './use-extras.ts';
import { formatSize, PREVIEW_LIMIT, previewOf } from './preview.ts';
import type { WizardState } from './hash-state.ts';
import { platformChoices } from './guided.ts';
import { rolesDiffer } from './fix-choice.ts';
import type { FixCommandIndex, Role, WizardEntry, WizardLabels } from './types.ts';

/** Typing waits this long for a pause; pastes, drops and other big edits are matched at once. */
const DEBOUNCE_MS = 150;
/** Pastes up to this size are matched in the paste event's own task (their clipboard read is short). */
const SAME_TASK_LIMIT = 200_000;
/** A change of more characters than this at once is a paste (or a fill), not typing. */
const TYPING_MAX = 20;
const MAX_OTHERS = 10;

interface Props {
  textareaRef: RefObject<HTMLTextAreaElement>;
  state: WizardState;
  diagnoses: Diagnosis[] | undefined;
  bySlug: Map<string, WizardEntry>;
  commands?: FixCommandIndex;
  labels: WizardLabels;
  site: string;
  repository: string;
  onText: (text: string, history: 'push' | 'replace') => void;
  /** The person is about to paste: a chance to get the worker ready. */
  onFocus: () => void;
  onPlatform: (platform: string) => void;
  /** `#q=<excerpt>...` for the current state: what a shared link carries. */
  shareHash: () => Promise<{ hash: string; excerpt: string; redacted: number }>;
}

const ROLE_KEY = 'gne:role';
const store = (k: string, v?: string) => {
  try {
    return v === undefined ? localStorage.getItem(k) ?? undefined : localStorage.setItem(k, v);
  } catch {
    return undefined;
  }
};

export function PastePanel(p: Props) {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const lastLength = useRef(0);
  /** Set by a paste: the first diagnosis is scrolled into view once it is painted. */
  const scrollNext = useRef(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [role, setRole] = useState<Role>();
  useEffect(() => setRole(store(ROLE_KEY) as Role | undefined), []);

  const onPaste = (event: ClipboardEvent) => {
    // Reading a 10 MB clipboard takes Chromium about 100 ms: marked so benchmarks can tell it apart.
    performance.mark('triage:clipboard-read');
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    performance.measure('triage:clipboard-read', 'triage:clipboard-read');
    if (pasted.length <= PREVIEW_LIMIT) return; // the browser inserts it, then onInput runs
    event.preventDefault();
    clearTimeout(timer.current);
    const area = event.currentTarget as HTMLTextAreaElement;
    // A big paste is handled in a task of its own, so the page's work is not added to the
    // browser's clipboard read (about 100 ms for 10 MB); a smaller one right away, which saves a
    // task hop on the way to the first paint.
    const run = (fn: () => void) => (pasted.length > SAME_TASK_LIMIT ? setTimeout(fn) : fn());
    run(() => {
      scrollNext.current = true;
      p.onText(pasted, 'push');
      // The excerpt goes in after the results are painted: they are what the person waits for,
      // and laying out 20 KB of text in the box would hold back the frame that shows them. The
      // results render in a microtask after this task, so the next frame paints them first.
      requestAnimationFrame(() =>
        setTimeout(() => {
          area.value = previewOf(pasted);
          lastLength.current = area.value.length;
        }),
      );
    });
  };

  const onInput = (event: Event) => {
    const area = event.currentTarget as HTMLTextAreaElement;
    const kind = (event as InputEvent).inputType ?? '';
    const text = area.value;
    const jump = Math.abs(text.length - lastLength.current) > TYPING_MAX;
    lastLength.current = text.length;
    clearTimeout(timer.current);
    if (jump || kind.startsWith('insertFromPaste') || kind === 'insertFromDrop') {
      scrollNext.current = true;
      p.onText(text, 'push');
    }
    else timer.current = setTimeout(() => p.onText(text, 'replace'), DEBOUNCE_MS);
  };

  const text = p.state.q;
  // A regex test, not trim(): trim copies the whole text, which is slow for a 10 MB paste.
  const hasText = /\S/.test(text);
  const all = (p.diagnoses ?? []).filter((d) => p.bySlug.has(d.slug));
  // A more general page that a more specific match supersedes is not another error: it folds
  // into the card of the page that supersedes it.
  const supersededBy = (d: Diagnosis) => all.find((o) => o !== d && !o.superseded && p.bySlug.get(o.slug)!.supersedes?.includes(d.slug));
  const found = all.filter((d) => !(d.superseded && supersededBy(d)));
  const general = (d: Diagnosis) => all.filter((g) => g.superseded && supersededBy(g) === d).map((g) => p.bySlug.get(g.slug)!);
  const [primary, ...others] = found;
  const primaryEntry = primary && p.bySlug.get(primary.slug);
  let summary = '';
  if (hasText && !p.diagnoses) summary = 'Matching…';
  else if (hasText && primaryEntry) {
    summary = `${found.length} ${found.length === 1 ? 'error' : 'errors'} found. Best match: ${primaryEntry.headline ?? primaryEntry.title}, line ${primary.line}.`;
  } else if (hasText) summary = 'No known error found in this text.';

  // After a paste, bring the answer (the first card, with its command) to where the eyes are;
  // the status line above it is announced by screen readers.
  useEffect(() => {
    if (!scrollNext.current || !p.diagnoses) return;
    scrollNext.current = false;
    statusRef.current?.parentElement?.querySelector('.triage-primary')?.scrollIntoView({ block: 'start' });
  }, [p.diagnoses]);
  const showRoles = primaryEntry && rolesDiffer(primaryEntry);
  const X = useExtras(hasText);
  const card = (d: Diagnosis, isPrimary: boolean) => (
    <ResultCard
      entry={p.bySlug.get(d.slug)!}
      diagnosis={d}
      commands={p.commands?.[d.slug]}
      primary={isPrimary}
      platform={p.state.platform}
      role={role}
      goAnswer={p.state.go}
      labels={p.labels}
      general={general(d)}
      textarea={p.textareaRef}
      Extras={X}
    />
  );

  return (
    <section class="triage-paste" aria-labelledby="triage-paste-heading">
      <h2 id="triage-paste-heading">Paste the error</h2>
      <div class="triage-field">
        <label for="triage-platform">Where it fails</label>
        <select id="triage-platform" value={p.state.platform ?? 'auto'} onChange={(e) => p.onPlatform((e.currentTarget as HTMLSelectElement).value)}>
          <option value="auto">Tell from the error</option>
          {platformChoices.map((id) => (
            <option key={id} value={id}>
              {p.labels.platforms[id]}
            </option>
          ))}
        </select>
        <p class="triage-help">The system that prints the error: it picks the fix and the shell of its command.</p>
      </div>
      <div class="triage-field">
        <label for="triage-input">Error output</label>
        <textarea
          id="triage-input"
          ref={p.textareaRef}
          rows={hasText ? 4 : 8}
          autofocus={!hasText}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="triage-input-help"
          placeholder="Paste the error from your build, CI log or crash"
          onInput={onInput}
          onPaste={onPaste}
          onFocus={p.onFocus}
        />
        <p id="triage-input-help" class="triage-help">
          The whole log is fine: build output, CI logs, a crash. It is matched in your browser and never sent anywhere. Press / on any page to come back here.
          {text.length > PREVIEW_LIMIT && ` The box shows the start and the end of the ${formatSize(text.length)} pasted; typing in it replaces the paste with what is shown.`}
        </p>
      </div>
      <p class="triage-summary" role="status" aria-live="polite" ref={statusRef}>
        {summary}
      </p>
      {primaryEntry && (
        <div class="triage-results">
          {X && showRoles && <X.RoleChoice role={role} onRole={(r) => (setRole(r), store(ROLE_KEY, r))} />}
          {card(primary, true)}
          {X && <X.SharePanel state={p.state} site={p.site} shareHash={p.shareHash} title={primaryEntry.headline ?? primaryEntry.title} slug={primaryEntry.slug} />}
          {others.length > 0 && (
            <>
              <h3>Also in this output</h3>
              <ul class="triage-others">
                {others.slice(0, MAX_OTHERS).map((d) => (
                  <li key={d.slug}>{card(d, false)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {X && hasText && p.diagnoses && !primaryEntry && <X.NoMatch text={text} repository={p.repository} />}
    </section>
  );
}
