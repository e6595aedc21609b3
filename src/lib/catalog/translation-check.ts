/**
 * What a translation must keep from its English page: the same two body sections, one `###` per
 * fix in the same order, and every fenced code block (commands, code) byte for byte. Prose is free;
 * data is not. Pure: takes the two MDX bodies as strings.
 */
import GithubSlugger from 'github-slugger';

interface BodyShape {
  sections: number;
  fixHeadings: string[];
  codeBlocks: string[];
  /** Internal links to error pages (path only), in order. */
  errorLinks: string[];
  /** MDX components used (`<InstallPackage lib="x" />` ...), verbatim, in order. */
  components: string[];
}

const FENCE = /^\s*(`{3,}|~{3,})(?![`~])(.*)$/;

export function bodyShape(body: string): BodyShape {
  const shape: BodyShape = { sections: 0, fixHeadings: [], codeBlocks: [], errorLinks: [], components: [] };
  let fence: { marker: string; info: string; lines: string[] } | undefined;
  let inFixes = false;
  for (const line of body.split(/\r?\n/)) {
    if (fence) {
      const close = FENCE.exec(line);
      if (close && !close[2].trim() && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        shape.codeBlocks.push(`${fence.info}\n${fence.lines.join('\n')}`);
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = { marker: open[1], info: open[2].trim(), lines: [] };
      continue;
    }
    if (/^\s*<[A-Z]/.test(line)) shape.components.push(line.trim());
    if (/^## /.test(line)) {
      shape.sections++;
      inFixes = shape.sections === 2;
    } else if (inFixes && /^### /.test(line)) shape.fixHeadings.push(line.slice(4).trim());
    // Links to error pages, with the language prefix dropped: a translation links the same pages.
    for (const m of line.matchAll(/\]\((?:\/zh-cn)?(\/errors\/[a-z0-9-]+\/)(?:#[\w-]+)?\)/g)) shape.errorLinks.push(m[1]);
  }
  return shape;
}

/** The anchors the translated page's fix headings get (its own slugs, in order). */
export function translatedFixSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  // Every heading of the body takes a slug, in document order, so count the ## ones too.
  const ids: string[] = [];
  let inFixes = false;
  let sections = 0;
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^(#{2,6}) (.+)$/.exec(line);
    if (!h) continue;
    const slug = slugger.slug(h[2].trim());
    if (h[1] === '##') inFixes = ++sections === 2;
    else if (h[1] === '###' && inFixes) ids.push(slug);
  }
  return ids;
}

/** Problems of a translation against its English page; empty when it is in step. */
export function translationProblems(englishBody: string, translatedBody: string, fixIds: readonly string[]): string[] {
  const en = bodyShape(englishBody);
  const tr = bodyShape(translatedBody);
  const problems: string[] = [];
  if (tr.sections !== 2) problems.push(`has ${tr.sections} "## " sections; a page has exactly two (what went wrong, how to fix)`);
  if (tr.fixHeadings.length !== fixIds.length)
    problems.push(`has ${tr.fixHeadings.length} fix headings under the second section; the English page has ${fixIds.length} (${fixIds.join(', ')})`);
  if (tr.codeBlocks.length !== en.codeBlocks.length) problems.push(`has ${tr.codeBlocks.length} code blocks; the English page has ${en.codeBlocks.length}`);
  en.codeBlocks.forEach((block, i) => {
    if (tr.codeBlocks[i] !== undefined && tr.codeBlocks[i] !== block)
      problems.push(`code block ${i + 1} differs from the English page's (commands and code stay verbatim):\n${block}\n---\n${tr.codeBlocks[i]}`);
  });
  if (tr.components.join('\n') !== en.components.join('\n'))
    problems.push(`uses components ${JSON.stringify(tr.components)}; the English page uses ${JSON.stringify(en.components)}`);
  const missing = [...new Set(en.errorLinks.filter((l) => !tr.errorLinks.includes(l)))];
  if (missing.length) problems.push(`lacks the English page's links to ${missing.join(', ')}`);
  return problems;
}
