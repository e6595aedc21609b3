/**
 * Stage 0: catalog entries -> compiled patterns. Every message template and every error code
 * becomes a literal-led regex with one distinctive literal (template.ts, codes.ts).
 */
import { codePatterns, codeValue } from './codes.ts';
import { compileTemplate, type CompiledLine } from './template.ts';
import type { CompiledPattern, LinePattern, MatcherEntry } from './types.ts';

export class TemplateError extends Error {
  readonly slug: string;
  readonly messageIndex: number;
  constructor(slug: string, messageIndex: number, reason: string) {
    super(`${slug}: messages[${messageIndex}].text: ${reason}`);
    this.slug = slug;
    this.messageIndex = messageIndex;
  }
}

/** Compile every matchable message and code of the entries, in catalog order. Throws TemplateError. */
export function compilePatterns(entries: readonly MatcherEntry[]): CompiledPattern[] {
  const patterns: CompiledPattern[] = [];
  for (const entry of entries) {
    entry.messages.forEach((message, messageIndex) => {
      if (message.match === false) return;
      let compiled;
      try {
        compiled = compileTemplate(message.text);
      } catch (err) {
        throw new TemplateError(entry.slug, messageIndex, (err as Error).message);
      }
      const lines = compiled.lines?.map((l) => ({ ...linePattern(l), gap: l.gap }));
      patterns.push({
        slug: entry.slug,
        messageIndex,
        flags: '',
        literal: compiled.literal,
        ...linePattern(compiled),
        ...(lines ? { lines, anchor: compiled.anchor } : {}),
      });
    });
    for (const code of entry.codes ?? []) {
      for (const p of codePatterns(code)) {
        patterns.push({
          slug: entry.slug,
          messageIndex: -1,
          source: p.source,
          flags: p.flags,
          literal: p.literal,
          regex: new RegExp(p.source, p.flags),
          holes: [],
          code: { value: codeValue(code), name: code.name, system: code.system },
        });
      }
    }
  }
  return patterns;
}

/** A line template (or its compiled data) with its regexes. */
export function linePattern(l: Pick<CompiledLine, 'source' | 'leading' | 'holes'>, flags = ''): LinePattern {
  return {
    source: l.source,
    regex: new RegExp(l.source, flags),
    leading: l.leading && {
      ...l.leading,
      test: new RegExp(l.leading.charClass),
      startsWith: l.leading.prefix ? new RegExp(`^(?:${l.leading.prefix})`) : undefined,
    },
    holes: l.holes,
  };
}
