/**
 * For a paste that matches no page (loaded on demand): what kind of text it is when it is a common
 * Go problem outside this site's scope, and a site search query that really has results.
 */

export interface OutOfScope {
  what: string;
  where: string;
  url: string;
}

/** Common Go output that is not a linker or loader error, first match wins. */
const KINDS: [RegExp, OutOfScope][] = [
  [
    /fatal error: all goroutines are asleep - deadlock!/,
    { what: 'a deadlock reported by the Go runtime: every goroutine is blocked (on a channel, a mutex or a WaitGroup).', where: 'The goroutine stacks printed under it show where each one waits.', url: 'https://go.dev/ref/spec#Channel_types' },
  ],
  [
    /fatal error: concurrent map (?:read and map write|writes|iteration and map write)/,
    { what: 'a data race on a map detected by the Go runtime.', where: 'Run the program or its tests with -race to see both accesses.', url: 'https://go.dev/doc/articles/race_detector' },
  ],
  [
    /^panic: (?!.*(?:dlopen|dlsym|LoadLibrary|plugin|purego|\.dll|\.so|\.dylib))/m,
    { what: 'a Go run-time panic in the program itself, not a linker or loader error.', where: 'The first lines of the goroutine trace under "panic:" name the function and the file:line that panicked.', url: 'https://go.dev/ref/spec#Run_time_panics' },
  ],
  [
    /^(?:--- FAIL: |FAIL\t|FAIL$)/m,
    { what: 'a failing Go test.', where: 'The lines under "--- FAIL:" are the test\'s own messages; rerun one test with go test -run \'^TestName$\' -v.', url: 'https://pkg.go.dev/cmd/go#hdr-Test_packages' },
  ],
  [
    /missing go\.sum entry|go: (?:downloading|finding|cannot find module|updates to go\.mod needed|inconsistent vendoring)|unknown revision|no required module provides package/,
    { what: 'a Go module or dependency error from the go command.', where: 'go mod tidy fixes a missing go.sum entry or requirement; the Go modules reference explains the others.', url: 'https://go.dev/ref/mod' },
  ],
  [
    /\.go:\d+(?::\d+)?: (?:undefined: |cannot use |declared and not used|"[^"]+" imported and not used|syntax error|missing return|too many arguments|not enough arguments|invalid operation|cannot assign|undefined \(type )/,
    { what: 'a Go compile error: the compiler rejected the source code.', where: 'The message starts with the file and line to fix; go vet ./... checks the same code.', url: 'https://go.dev/doc/tutorial/compile-install' },
  ],
];

export function outOfScope(text: string): OutOfScope | undefined {
  // Lines as the matcher reads them (indentation and CI prefixes do not count).
  const head = text
    .slice(0, 200_000)
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
  return KINDS.find(([re]) => re.test(head))?.[1];
}

interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }>;
}

/** Pages checked per query: Pagefind also returns near misses, so each result's text is read. */
const CHECKED = 8;

/**
 * The longest prefix of the query's words that pages of the site really contain (every word, as
 * text: Pagefind's own ranking also returns pages for words they do not have), with how many of
 * the first results contain it.
 */
export async function searchWithResults(query: string): Promise<{ query: string; count: number } | undefined> {
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch {
    return undefined;
  }
  // Pagefind reads punctuation as a word of its own (`name:` finds pages without `name`).
  const words = query.split(/[^\p{L}\p{N}_.]+/u).filter(Boolean);
  for (let n = Math.min(words.length, 6); n > 0; n--) {
    const wanted = words.slice(0, n);
    const found = await pagefind.search(wanted.join(' '));
    const pages = await Promise.all(found.results.slice(0, CHECKED).map((r) => r.data()));
    const count = pages.filter((p) => wanted.every((w) => p.content.toLowerCase().includes(w.toLowerCase()))).length;
    if (count) return { query: wanted.join(' '), count };
  }
  return undefined;
}
