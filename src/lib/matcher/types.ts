/** Types shared by the stages of the matcher (patterns -> scan -> confirm -> rank). */
import type { Code } from '../schema/error-entry.ts';
import type { Capture } from './captures.ts';
import type { LeadingHole } from './template.ts';

export type { Capture };

/** What the matcher needs from a catalog entry (a subset of the frontmatter plus the slug). */
export interface MatcherEntry {
  slug: string;
  title: string;
  aliases?: string[];
  messages: { text: string; match?: boolean }[];
  codes?: Code[];
  specificity?: number;
  supersedes?: string[];
}

/** A regex for one line, with its captures. */
export interface LinePattern {
  source: string;
  regex: RegExp;
  leading?: LeadingHole & { test: RegExp; startsWith?: RegExp };
  holes: { name: string; kind: Capture['kind'] }[];
}

/** What ranking and display need from an entry. */
export type RankEntry = Omit<MatcherEntry, 'messages' | 'codes'>;

export interface CompiledPattern extends LinePattern {
  slug: string;
  /** Index into the entry's `messages`, or -1 for a pattern made from an error code. */
  messageIndex: number;
  flags: string;
  /** What the scan looks for: every match of the pattern contains it. */
  literal: string;
  code?: { value: number; name: string; system: Code['system'] };
  /**
   * A template of several lines: every line in order (the pattern's own fields are those of
   * `lines[anchor]`), each with the number of other lines allowed before it.
   */
  lines?: (LinePattern & { gap: number })[];
  anchor?: number;
}

export interface Occurrence {
  /** 1-based line number in the normalised paste. */
  line: number;
  /** The line, without log prefixes and with volatile tokens replaced. */
  text: string;
  captures: Record<string, Capture>;
  messageIndex: number;
  /**
   * Set when the line only matched once the paste was repaired (repair.ts): wrapped lines
   * joined, stray spaces removed, or a start the paste lost.
   */
  repaired?: 'joined' | 'spacing' | 'start-lost';
}

export interface Diagnosis {
  slug: string;
  aliases: string[];
  title: string;
  /** First line at which the page matched. */
  line: number;
  text: string;
  captures: Record<string, Capture>;
  /** Higher is better; results come sorted by it. */
  score: number;
  /** True when a more specific page that supersedes this one also matched. */
  superseded: boolean;
  occurrences: Occurrence[];
}

/** Input in chunks (a file, standard input): bounded memory, same results as one buffer. */
export interface MatcherStream {
  write(chunk: Uint8Array): void;
  end(): Diagnosis[];
}

export interface Matcher {
  readonly patterns: readonly CompiledPattern[];
  /** A paste as a string, or a log as UTF-8 bytes. */
  match(text: string | Uint8Array): Diagnosis[];
  /** Match input that arrives in chunks. */
  stream(): MatcherStream;
}

/** Occurrences found so far, per page slug, in the order the lines were read. */
export type Found = Map<string, Occurrence[]>;
