/**
 * The guided path's questions, derived from the frontmatter (stage, platforms, family, goVersions):
 * each answer is a filter over the catalog, not a hand-written decision tree.
 */
import { inGoRange, parseGoVersion } from './fix-choice.ts';
import type { WizardState } from './hash-state.ts';
import type { Family, Platform, Stage, WizardEntry } from './types.ts';

export interface StageChoice {
  id: string;
  label: string;
  stage: Stage;
  /** Families left out at this step (plugin errors are not start-up errors). */
  exclude?: Family[];
  /** Families listed first. */
  prefer?: Family[];
}

export const stageChoices: StageChoice[] = [
  { id: 'build', label: 'Building: go build or go vet stops before linking', stage: 'build' },
  { id: 'link', label: 'Linking: the go command prints a link error', stage: 'link' },
  { id: 'load', label: 'Start-up: the program does not start', stage: 'load', exclude: ['plugin'] },
  { id: 'plugin', label: 'Plugin or library load: plugin.Open, purego.Dlopen, LoadLibrary', stage: 'load', prefer: ['plugin', 'purego', 'windows'] },
  { id: 'run', label: 'Run time: it starts, then fails', stage: 'run' },
];

export const platformChoices: Platform[] = ['linux-glibc', 'linux-musl', 'macos', 'windows'];

/** Toolchain facts: "no" leaves out the family that needs the feature. */
export const factQuestions: { key: 'cgo' | 'plugin' | 'purego'; legend: string; yes: string; no: string; family: Family }[] = [
  { key: 'cgo', legend: 'cgo', yes: 'On (CGO_ENABLED=1)', no: 'Off (CGO_ENABLED=0)', family: 'cgo' },
  { key: 'plugin', legend: 'Go plugins (package plugin)', yes: 'Used', no: 'Not used', family: 'plugin' },
  { key: 'purego', legend: 'purego', yes: 'Used', no: 'Not used', family: 'purego' },
];

export function hasGuidedAnswers(s: WizardState): boolean {
  return Boolean(s.stage || s.platform || s.cgo || s.plugin || s.purego || s.go);
}

export function candidates(entries: WizardEntry[], s: WizardState): WizardEntry[] {
  const stage = stageChoices.find((c) => c.id === s.stage);
  const go = parseGoVersion(s.go);
  const preferred = new Set<Family>(stage?.prefer ?? []);
  for (const q of factQuestions) if (s[q.key] === 'yes') preferred.add(q.family);
  const out = entries.filter((e) => {
    if (stage && (e.stage !== stage.stage || stage.exclude?.includes(e.family))) return false;
    if (s.platform && s.platform !== 'auto' && !e.platforms.includes(s.platform as Platform) && !e.platforms.includes('any')) return false;
    for (const q of factQuestions) if (s[q.key] === 'no' && e.family === q.family) return false;
    return inGoRange(e.goVersions, go);
  });
  const rank = (e: WizardEntry) => (preferred.has(e.family) ? 100 : 0) + (e.specificity ?? 0);
  return out.sort((a, b) => rank(b) - rank(a) || a.title.localeCompare(b.title));
}
