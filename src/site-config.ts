/**
 * The site's few settings, in one place. Read by astro.config.mjs (canonical URLs, sitemap, edit
 * links), by the pages (report links) and passed as props to the wizard.
 * Override at build time: SITE_URL=https://errors.example.org npm run build
 */
import { newIssueUrlFor } from './lib/issue-links.ts';

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

export const siteConfig = {
  /** Where the site is published; canonical URLs, og:image and the sitemap use it. */
  site: (env.SITE_URL ?? 'https://go-native-errors.dev').replace(/\/$/, ''),
  /** The project's repository: "edit this page", "this page is wrong" and "report this error" links. */
  repository: (env.REPO_URL ?? 'https://github.com/go-native-errors/go-native-errors').replace(/\/$/, ''),
  /** Branch that "edit this page" links point at. */
  branch: env.REPO_BRANCH ?? 'main',
  title: 'Go native errors',
  tagline: 'Go linker and loader errors, explained and fixed',
} as const;

/** A prefilled new-issue URL on the configured repository. */
export function newIssueUrl(title: string, body: string, labels: string[] = []): string {
  return newIssueUrlFor(siteConfig.repository, title, body, labels);
}

export function editUrl(pathInRepo: string): string {
  return `${siteConfig.repository}/edit/${siteConfig.branch}/${pathInRepo}`;
}
