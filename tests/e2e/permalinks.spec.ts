/**
 * Error pages as link targets (issue 8): old slugs redirect without JavaScript, the copy buttons put
 * the canonical URL on the clipboard, every fix has a visible permanent link, the report and edit
 * links point at the repository, and axe finds nothing wrong with the new controls.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteConfig } from '../../src/site-config.ts';

const slug = 'glibc-version-not-found';
const alias = 'glibc-too-old';
const title = "version `GLIBC_x.y' not found";
const canonical = `${siteConfig.site}/errors/${slug}/`;

test.describe('alias redirects', () => {
  test(`/errors/${alias}/ lands on /errors/${slug}/`, async ({ page }) => {
    await page.goto(`/errors/${alias}/`);
    await expect(page).toHaveURL(new RegExp(`/errors/${slug}/$`));
    await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });
    test('the redirect still works', async ({ page }) => {
      await page.goto(`/errors/${alias}/`);
      await expect(page).toHaveURL(new RegExp(`/errors/${slug}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  });
});

test.describe('copy buttons', () => {
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/errors/${slug}/`);
  });
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

  test('"Copy link" copies the absolute canonical URL and says so', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => clipboard(page)).toBe(canonical);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText(canonical);
  });

  test('"Copy Markdown link" copies [title](url)', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy Markdown link' }).click();
    await expect.poll(() => clipboard(page)).toBe(`[${title}](${canonical})`);
    await expect(page.getByRole('status').filter({ hasText: 'Markdown link copied' })).toBeVisible();
  });

  test('each fix heading copies its permanent link', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy link to “Link statically”' }).click();
    await expect.poll(() => clipboard(page)).toBe(`${canonical}#link-statically`);
  });
});

test('every fix heading has a visible, labelled permalink that scrolls to it', async ({ page }) => {
  await page.goto(`/errors/${slug}/`);
  const permalink = page.getByRole('link', { name: 'Permanent link to “Link statically”' });
  await expect(permalink).toBeVisible();
  await expect(permalink).toHaveAttribute('href', '#link-statically');
  await permalink.click();
  await expect(page).toHaveURL(/#link-statically$/);
  await expect(page.locator('#link-statically')).toBeInViewport();
});

test('the report link opens a prefilled issue and the edit link points at the page source', async ({ page }) => {
  await page.goto(`/errors/${slug}/`);
  const report = new URL((await page.getByRole('link', { name: 'This page is wrong or incomplete' }).getAttribute('href'))!);
  expect(`${report.origin}${report.pathname}`).toBe(`${siteConfig.repository}/issues/new`);
  expect(report.searchParams.get('title')).toBe(`Page: ${slug}`);
  expect(report.searchParams.get('body')).toContain(canonical);
  await expect(page.getByRole('link', { name: /edit page/i })).toHaveAttribute('href', `${siteConfig.repository}/edit/${siteConfig.branch}/src/content/errors/${slug}.mdx`);
});

// Starlight's search button has a known label-content-name-mismatch violation; that rule is excluded.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on an error page with the link controls (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/errors/${slug}/`);
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeVisible();
    const result = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
