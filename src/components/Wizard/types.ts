/**
 * What the wizard receives from the page: a lean copy of the catalog (only what matching, ranking
 * and the result cards need) plus labels, so the island never imports the zod schema.
 */
import type { Code, Family, Platform, Role, Stage } from '../../lib/schema/error-entry.ts';

/** A command as a reader types it: `s` the shell key (sh, powershell, cmd, go...), `l` its label, `c` the code. */
export interface WizardCommand {
  s: string;
  l: string;
  c: string;
}

export interface WizardFix {
  id: string;
  title: string;
  platforms?: Platform[];
  roles?: Role[];
  goVersions?: { since?: string; until?: string };
  /** The quick command (first block of the fix) in each shell, for any platform (from /fix-commands.json). */
  cmd?: WizardCommand[];
  /** The same for a platform where it differs (its own block, or PowerShell/cmd forms on Windows). */
  cmdOn?: Partial<Record<Platform, WizardCommand[]>>;
}

/** /fix-commands.json: page slug -> fix id -> its commands. */
export type FixCommandIndex = Record<string, Record<string, Pick<WizardFix, 'cmd' | 'cmdOn'>>>;

export interface WizardEntry {
  slug: string;
  title: string;
  /** The title in plain words, when the page has one. */
  headline?: string;
  description: string;
  family: Family;
  stage: Stage;
  platforms: Platform[];
  /** The first message as readers see it (`<symbol>` holes), for the guided path. */
  symptom: string;
  codes?: Code[];
  specificity?: number;
  supersedes?: string[];
  aliases?: string[];
  goVersions?: { since?: string; until?: string };
  fixes: WizardFix[];
  /** The page has a fix that installs a C library: captured library names get their package. */
  installs?: boolean;
}

export interface WizardLabels {
  families: Record<Family, string>;
  platforms: Record<Platform, string>;
  /** Where error pages live in the page's language: `/errors/` or `/zh-cn/errors/`. */
  errorsBase: string;
}

export interface WizardProps {
  entries: WizardEntry[];
  labels: WizardLabels;
  /** Canonical site URL: shared links point at the published site, not at a local preview. */
  site: string;
  /** Repository URL for the "report this error" link (see site-config.ts newIssueUrl). */
  repository: string;
}

export type { Family, Platform, Role, Stage };
