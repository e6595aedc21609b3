/**
 * The commands of each fix, read from a page body: every `### <fix title>` under `## How to fix`
 * is one fix (CONTRIBUTING.md), and its fenced code blocks are its commands. The first block is
 * the fix's quick command; blocks with `platform="linux-musl"` (and a `title`) are that platform's
 * form of it (docs: notes/page-conventions.md). Pure: takes the MDX body as a string.
 */
import GithubSlugger from 'github-slugger';
import { platforms, type Platform } from '../schema/error-entry.ts';

export interface FixCommand {
  /** Fence language: `sh`, `powershell`, `bat`, `go`... */
  lang: string;
  code: string;
  /** `title="..."` from the fence meta. */
  title?: string;
  /** `platform="..."` from the fence meta. */
  platform?: Platform;
}

export interface FixText {
  /** The heading anchor, as the page renders it (github-slugger over the fix headings). */
  id: string;
  /** The first paragraph under the heading, in plain Markdown (inline code kept). */
  summary?: string;
  commands: FixCommand[];
}

const FENCE = /^(`{3,}|~{3,})(?![`~])(.*)$/;
const CLOSE = /^(`{3,}|~{3,})$/;
const META_VALUE = /^(\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))/;

/** `sh platform="linux-musl" title="Alpine"` -> the language and its `name=value` options. */
function parseInfo(info: string): { lang: string; meta: Record<string, string> } {
  const text = info.trim();
  const lang = /^[\w+-]*/.exec(text)![0];
  const meta: Record<string, string> = {};
  let rest = text.slice(lang.length).trimStart();
  while (rest) {
    const m = META_VALUE.exec(rest);
    if (m) meta[m[1]] = m[2] ?? m[3] ?? m[4];
    const used = m ? m[0].length : Math.max(1, rest.search(/\s|$/));
    rest = rest.slice(used).trimStart();
  }
  return { lang, meta };
}

const isPlatform = (v: string | undefined): v is Platform => (platforms as readonly string[]).includes(v ?? '');

/** Markdown links to their text, emphasis markers dropped; inline code stays. */
function plainParagraph(lines: string[]): string {
  return lines
    .join(' ')
    .replace(/\[([^[\]]*)\]\([^()\s]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractFixTexts(body: string): FixText[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => /^## How to fix\s*$/.test(l));
  if (start === -1) return [];
  const slugger = new GithubSlugger();
  const fixes: FixText[] = [];
  let current: FixText | undefined;
  let paragraph: string[] | undefined;
  let fence: { marker: string; lang: string; meta: Record<string, string>; code: string[] } | undefined;
  const endParagraph = () => {
    if (current && paragraph?.length && current.summary === undefined) current.summary = plainParagraph(paragraph);
    paragraph = undefined;
  };
  for (const line of lines.slice(start + 1)) {
    if (fence) {
      const close = CLOSE.exec(line.trim());
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        const platform = isPlatform(fence.meta.platform) ? fence.meta.platform : undefined;
        current?.commands.push({
          lang: fence.lang || 'txt',
          code: fence.code.join('\n'),
          ...(fence.meta.title ? { title: fence.meta.title } : {}),
          ...(platform ? { platform } : {}),
        });
        fence = undefined;
      } else fence.code.push(line);
      continue;
    }
    if (/^## /.test(line)) break;
    const heading = /^### (.+)$/.exec(line);
    if (heading) {
      endParagraph();
      current = { id: slugger.slug(heading[1].trim()), commands: [] };
      fixes.push(current);
      continue;
    }
    const open = FENCE.exec(line.trimStart());
    if (open) {
      endParagraph();
      fence = { marker: open[1], ...parseInfo(open[2]), code: [] };
      continue;
    }
    if (!current) continue;
    if (!line.trim()) endParagraph();
    else if (current.summary === undefined && !/^\s*(?:[-*+] |\d+\. |[<>|])/.test(line)) (paragraph ??= []).push(line.trim());
    else endParagraph();
  }
  endParagraph();
  return fixes;
}

/**
 * The command to show for a platform: the block written for it, else the first block without a
 * platform, else the first block.
 */
export function commandFor(commands: readonly FixCommand[], platform: Platform | undefined): FixCommand | undefined {
  return (platform && commands.find((c) => c.platform === platform)) || commands.find((c) => !c.platform) || commands[0];
}

/** Languages that are a reader's shell (the rest, such as `go`, are source code to edit). */
export const shellLanguages: Record<string, string> = {
  sh: 'bash / zsh',
  bash: 'bash',
  shell: 'bash / zsh',
  zsh: 'zsh',
  powershell: 'PowerShell',
  ps1: 'PowerShell',
  bat: 'cmd.exe',
  cmd: 'cmd.exe',
};

/** The frame label of a block: its own title, else its shell or language. */
export function commandLabel(c: Pick<FixCommand, 'lang' | 'title'>): string {
  return c.title ?? shellLanguages[c.lang] ?? (c.lang === 'go' ? 'Go' : c.lang);
}
