/** The site pipeline in a real browser: search finds error pages by their distinctive tokens, and axe finds no violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: /search/i }).first().click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill(query);
  // Results render in two steps (the item, then its loaded title): wait for a non-empty title.
  const firstLink = page.locator('.pagefind-ui__result-link').first();
  await expect(firstLink).toHaveText(/\S/);
  return page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => `${a.textContent} ${a.getAttribute('href')}`));
}

test('searching GLIBC_2.34 finds the glibc version page', async ({ page }) => {
  const titles = await search(page, 'GLIBC_2.34');
  // Pages are titled by their headline when they have one: the address names the page either way.
  expect(titles.join('\n')).toContain('/errors/glibc-version-not-found/');
});

test('searching SDYNIMPORT finds the unhandled relocation pages', async ({ page }) => {
  const titles = await search(page, 'SDYNIMPORT');
  expect(titles.join('\n')).toMatch(/unhandled-relocation/);
});

// Starlight's own search button has a known label-content-name-mismatch violation (its
// aria-label "Search" differs from its visible text "Search Ctrl K"); that one rule is excluded.
for (const path of ['/', '/errors/', '/errors/glibc-version-not-found/', '/triage/', '/libraries/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // /libraries/ holds 13 tables (about 2,000 cells, collapsed): give axe more than 30 s on a busy machine.
    if (path === '/libraries/') test.slow();
    await page.goto(path);
    const result = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('error pages can be read in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/errors/glibc-version-not-found/');
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(theme).toBe('dark');
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(result.violations).toEqual([]);
});

test('an address without its trailing slash lands on the page', async ({ page }) => {
  const response = await page.goto('/errors/glibc-version-not-found');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/errors/glibc-version-not-found/');
  await expect(page.locator('h1')).toContainText('GLIBC');
});

test('a mistyped error address gets a 404 with a paste box and did-you-mean links', async ({ page }) => {
  const response = await page.goto('/errors/glibc-versoin-not-found/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('textbox', { name: 'Error output' })).toBeVisible();
  const suggestions = page.getByRole('region', { name: 'Did you mean' });
  await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', /^\/errors\/glibc-/);
  const hrefs = await suggestions.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/errors/glibc-version-not-found/');
  const result = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
