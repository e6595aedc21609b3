/**
 * What the wizard receives from the page: a lean copy of the catalog (only what matching, ranking
 * and the result cards need) plus labels, so the island never imports the zod schema.
 */
import type { Code, Family, Platform, Stage } from '../../lib/schema/error-entry.ts';

export interface WizardFix {
  id: string;
  title: string;
  platforms?: Platform[];
  goVersions?: { since?: string; until?: string };
}

export interface WizardEntry {
  slug: string;
  title: string;
  description: string;
  family: Family;
  stage: Stage;
  platforms: Platform[];
  /** Templates the matcher compiles (wordings marked `match: false` are left out). */
  messages: string[];
  /** The first message as readers see it (`<symbol>` holes), for the guided path. */
  symptom: string;
  codes?: Code[];
  specificity?: number;
  supersedes?: string[];
  aliases?: string[];
  goVersions?: { since?: string; until?: string };
  fixes: WizardFix[];
}

export interface WizardLabels {
  families: Record<Family, string>;
  platforms: Record<Platform, string>;
}

export interface WizardProps {
  entries: WizardEntry[];
  labels: WizardLabels;
  /** Canonical site URL: shared links point at the published site, not at a local preview. */
  site: string;
  /** Repository URL for the "report this error" link (see site-config.ts newIssueUrl). */
  repository: string;
}

export type { Family, Platform, Stage };
