/** axe on the current page in a colour scheme, as every accessibility test of the site runs it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page, path: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path);
  await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
  // Starlight's search button (its visible text differs from its name) is not this site's to fix.
  const results = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
