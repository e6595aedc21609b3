/**
 * Stage 0: catalog entries -> compiled patterns. Every message template and every error code
 * becomes a literal-led regex with one distinctive literal (template.ts, codes.ts).
 */
import { codePatterns, codeValue } from './codes.ts';
import { compileTemplate } from './template.ts';
import type { CompiledPattern, MatcherEntry } from './types.ts';

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
      patterns.push({
        slug: entry.slug,
        messageIndex,
        source: compiled.source,
        flags: '',
        literal: compiled.literal,
        regex: new RegExp(compiled.source),
        leading: compiled.leading && {
          ...compiled.leading,
          test: new RegExp(compiled.leading.charClass),
          startsWith: compiled.leading.prefix ? new RegExp(`^(?:${compiled.leading.prefix})`) : undefined,
        },
        holes: compiled.holes,
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
