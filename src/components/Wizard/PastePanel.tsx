/** The paste path: a textarea, then the ranked diagnoses or, when nothing matches, what to do next. */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { Diagnosis } from '../../lib/matcher/index.ts';
import { distinctiveLine, openSiteSearch, reportIssueUrl, searchQuery } from './no-match.ts';
import { CopyButton } from './CopyButton.tsx';
import { ResultCard } from './ResultCard.tsx';
import { formatSize, PREVIEW_LIMIT, previewOf } from './preview.ts';
import type { WizardState } from './hash-state.ts';
import { platformChoices } from './guided.ts';
import type { WizardEntry, WizardLabels } from './types.ts';

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
  labels: WizardLabels;
  site: string;
  repository: string;
  onText: (text: string, history: 'push' | 'replace') => void;
  /** The person is about to paste: a chance to get the worker ready. */
  onFocus: () => void;
  onPlatform: (platform: string) => void;
  /** The link to this diagnosis (`/triage/#q=...`), built when the button is pressed. */
  shareUrl: () => string;
}

export function PastePanel(p: Props) {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const lastLength = useRef(0);

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
    if (jump || kind.startsWith('insertFromPaste') || kind === 'insertFromDrop') p.onText(text, 'push');
    else timer.current = setTimeout(() => p.onText(text, 'replace'), DEBOUNCE_MS);
  };

  const text = p.state.q;
  // A regex test, not trim(): trim copies the whole text, which is slow for a 10 MB paste.
  const hasText = /\S/.test(text);
  const found = (p.diagnoses ?? []).filter((d) => p.bySlug.has(d.slug));
  const [primary, ...others] = found;
  const primaryEntry = primary && p.bySlug.get(primary.slug);
  let summary = '';
  if (hasText && !p.diagnoses) summary = 'Matching…';
  else if (hasText && primaryEntry) {
    summary = `${found.length} ${found.length === 1 ? 'error' : 'errors'} found. Best match: ${primaryEntry.title}, line ${primary.line}.`;
  } else if (hasText) summary = 'No known error found in this text.';

  return (
    <section class="triage-paste" aria-labelledby="triage-paste-heading">
      <h2 id="triage-paste-heading">Paste the error</h2>
      <div class="triage-field">
        <label for="triage-platform">Your platform</label>
        <select id="triage-platform" value={p.state.platform ?? 'auto'} onChange={(e) => p.onPlatform((e.currentTarget as HTMLSelectElement).value)}>
          <option value="auto">Tell from the error</option>
          {platformChoices.map((id) => (
            <option key={id} value={id}>
              {p.labels.platforms[id]}
            </option>
          ))}
        </select>
      </div>
      <div class="triage-field">
        <label for="triage-input">Error output</label>
        <textarea
          id="triage-input"
          ref={p.textareaRef}
          rows={8}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="triage-input-help"
          placeholder="./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)"
          onInput={onInput}
          onPaste={onPaste}
          onFocus={p.onFocus}
        />
        <p id="triage-input-help" class="triage-help">
          The whole log is fine: build output, CI logs, a crash. It is matched in your browser and never sent anywhere.
          {text.length > PREVIEW_LIMIT && ` The box shows the start and the end of the ${formatSize(text.length)} pasted; typing in it replaces the paste with what is shown.`}
        </p>
      </div>
      <p class="triage-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {primaryEntry && (
        <div class="triage-results">
          <ResultCard entry={primaryEntry} diagnosis={primary} primary platform={p.state.platform} goAnswer={p.state.go} labels={p.labels} site={p.site} />
          <p class="triage-share">
            <CopyButton label="Copy link to this diagnosis" text={p.shareUrl} />
          </p>
          {others.length > 0 && (
            <>
              <h3>Also in this output</h3>
              <ul class="triage-others">
                {others.slice(0, MAX_OTHERS).map((d) => (
                  <li key={d.slug}>
                    <ResultCard entry={p.bySlug.get(d.slug)!} diagnosis={d} primary={false} platform={p.state.platform} goAnswer={p.state.go} labels={p.labels} site={p.site} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {hasText && p.diagnoses && !primaryEntry && <NoMatch text={text} repository={p.repository} />}
    </section>
  );
}

function NoMatch({ text, repository }: { text: string; repository: string }) {
  const query = searchQuery(distinctiveLine(text));
  return (
    <div class="triage-nomatch">
      <p>None of the pages here matches this text. It may be an error we have not written up yet, or the paste may be missing the line that names it.</p>
      <ul>
        {query && (
          <li>
            <button type="button" onClick={() => openSiteSearch(query)}>
              Search the site for “{query}”
            </button>
          </li>
        )}
        <li>
          <a
            href={`${repository}/issues/new`}
            // The pasted text goes into the link only when the person clicks it.
            onClick={(e) => (e.currentTarget.href = reportIssueUrl(repository, text))}
          >
            Report this error
          </a>{' '}
          (opens a prefilled issue with your paste; review it before submitting)
        </li>
      </ul>
    </div>
  );
}
