/**
 * Answer first (issue 14): on an error page a fix command is on the first screen, in the reader's
 * platform (remembered across pages); shares carry no secrets; axe finds nothing in light or dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

const firstScreenPages = [
  'glibc-version-not-found',
  'glibcxx-version-not-found',
  'windows-dll-not-found-126',
  'purego-dlfcn-relocation-target-not-defined',
];

/** The visible quick-fix command, and its bottom edge in page coordinates. */
async function commandBottom(page: Page): Promise<number> {
  const command = page.locator('.quick-fix .qf-panel .qf-form pre').filter({ visible: true }).first();
  await expect(command).toBeVisible();
  await expect(page.locator('.quick-fix .qf-panel').filter({ visible: true }).locator('.qf-copy').filter({ visible: true }).first()).toBeVisible();
  const box = (await command.boundingBox())!;
  return box.y + box.height;
}

for (const slug of firstScreenPages) {
  test(`${slug}: a fix command is on the first screen at 1280x800`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/errors/${slug}/`);
    expect(await commandBottom(page)).toBeLessThanOrEqual(800);
  });
}

test('the platform tab picks the fix and is remembered on the next page', async ({ page }) => {
  await page.goto('/errors/purego-dlfcn-relocation-target-not-defined/');
  const tabs = page.getByRole('group', { name: 'Where it fails' });
  const radios = tabs.getByRole('radio');
  test.skip((await radios.count()) < 2, 'this page covers one platform');
  const last = radios.last();
  const value = await last.getAttribute('value');
  await last.check({ force: true });
  await expect(page.locator(`.qf-panel[data-platform="${value}"]`).first()).toBeVisible();
  await page.goto('/errors/windows-dll-not-found-126/');
  await page.goto('/errors/purego-dlfcn-relocation-target-not-defined/');
  await expect(page.locator(`input[name="qf-platform"][value="${value}"]`)).toBeChecked();
});

test('commands do not wrap inside a flag', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/errors/glibc-version-not-found/');
  // Every command block keeps its lines whole: one rendered line per source line.
  for (const pre of await page.locator('.quick-fix pre, .sl-markdown-content .expressive-code pre[data-language="sh"]').all()) {
    const ws = await pre.evaluate((el) => getComputedStyle(el.querySelector('.ec-line .code') ?? el).whiteSpace);
    expect(ws).toMatch(/^pre$/);
  }
});

const axePages = [...firstScreenPages.map((s) => `/errors/${s}/`), '/errors/', '/triage/'];
for (const scheme of ['light', 'dark'] as const) {
  for (const path of axePages) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await expectNoAxeViolations(page, path, scheme);
    });
  }
}

const PUREGO = 'github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

async function pasteInto(page: Page, text: string) {
  await page.goto('/triage/');
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.getByLabel('Error output').evaluate((area: HTMLTextAreaElement, t) => {
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
}

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`triage at ${width}x${height}: the purego diagnosis and its command are in view, and it is one error`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await pasteInto(page, PUREGO);
    const card = page.locator('.triage-primary');
    await expect(card.locator('.triage-result-title a')).toHaveAttribute('href', '/errors/purego-dlfcn-relocation-target-not-defined/');
    await expect(card.locator('.triage-result-title')).toBeInViewport();
    await expect(card.locator('.triage-cmd pre')).toBeInViewport({ ratio: 1 });
    await expect(card.locator('.triage-cmd pre')).toContainText('go build');
    await expect(page.getByRole('status').filter({ hasText: /^1 error found/ })).toBeVisible();
    // The generic relocation page folds into the card instead of counting as a second error.
    await expect(page.locator('.triage-others')).toHaveCount(0);
    await expect(card.locator('.triage-also a')).toHaveCount(1);
  });
}

test('the platform select changes the fix command (PowerShell on Windows)', async ({ page }) => {
  await pasteInto(page, PUREGO);
  const command = page.locator('.triage-primary .triage-cmd');
  await expect(command.locator('pre')).toContainText('go build');
  await page.getByLabel('Where it fails').selectOption('linux-musl');
  await expect(page.locator('.triage-primary .triage-fix')).toContainText('Linux (musl');
});

test('a pasted token reaches neither the address, the clipboard nor a report link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pasteInto(page, `export GITHUB_TOKEN=${TOKEN}\nrun: go build ./...\n${PUREGO}`);
  await expect(page.locator('.triage-primary')).toBeVisible();
  await expect(page).toHaveURL(/#q=/);
  expect(decodeURIComponent(page.url())).not.toContain(TOKEN);
  await page.getByRole('button', { name: 'Share this diagnosis' }).click();
  const preview = page.getByRole('group', { name: 'What the link carries' });
  await expect(preview).toContainText('redacted');
  await expect(preview.locator('pre')).not.toContainText(TOKEN);
  for (const name of ['Copy link', 'Copy as Markdown']) {
    await preview.getByRole('button', { name }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(decodeURIComponent(copied)).not.toContain(TOKEN);
    expect(copied).toContain('dlopenABI0');
  }
  // A paste nothing matches: the report carries the lines around the error, redacted.
  await page.getByLabel('Error output').fill(`GITHUB_TOKEN=${TOKEN}\nfrobnicate: quux exploded`);
  await page.getByRole('button', { name: 'Report this error' }).click();
  const href = (await page.getByRole('link', { name: 'Open the prefilled report' }).getAttribute('href'))!;
  expect(decodeURIComponent(href.replace(/\+/g, ' '))).not.toContain(TOKEN);
  expect(decodeURIComponent(page.url())).not.toContain(TOKEN);
});

test('out-of-scope text is named: a Go runtime panic', async ({ page }) => {
  await pasteInto(page, 'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:8 +0x1d');
  await expect(page.locator('.triage-nomatch')).toContainText('a Go run-time panic');
  await expect(page.getByRole('button', { name: 'Report this error' })).toHaveCount(0);
});

test('the guided path shows how many pages each answer leaves', async ({ page }) => {
  await page.goto('/triage/#stage=load');
  // Answer only once the island runs (a click before hydration changes nothing).
  await page.locator('astro-island:not([ssr])').waitFor();
  const glibc = page.getByRole('radio', { name: /^Linux \(glibc\) \(\d+ pages?\)/ });
  const n = Number((await glibc.evaluate((el) => el.parentElement!.textContent))!.match(/\((\d+) pages?\)/)![1]);
  await glibc.check();
  await expect(page.locator('.triage-candidates [role="status"]')).toContainText(`${n} `);
});

test('the all-errors index filters in place by words, platform and stage', async ({ page }) => {
  await page.goto('/errors/');
  const rows = page.locator('.error-index-list li').filter({ visible: true });
  const all = await rows.count();
  await page.getByLabel('Words in the message').fill('GLIBC_');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ errors shown/ })).toBeVisible();
  await expect(rows.locator('a[href="/errors/glibc-version-not-found/"]')).toHaveCount(1);
  expect(await rows.count()).toBeLessThan(all);
  await page.getByLabel('Platform').selectOption('windows');
  await expect(rows.locator('a[href="/errors/glibc-version-not-found/"]')).toHaveCount(0);
  await page.getByLabel('Words in the message').fill('');
  await page.getByLabel('When').selectOption('load');
  await expect(rows.locator('a[href="/errors/windows-dll-not-found-126/"]')).toHaveCount(1);
  // Groups without a visible row are hidden with them.
  for (const group of await page.locator('[data-group]').filter({ visible: true }).all()) await expect(group.locator('li').filter({ visible: true }).first()).toBeVisible();
});

test('the paste box has focus on /triage/, and / brings it back from anywhere', async ({ page }) => {
  await page.goto('/triage/');
  await expect(page.getByLabel('Error output')).toBeFocused();
  await page.goto('/errors/glibc-version-not-found/');
  await page.locator('body').press('/');
  await expect(page).toHaveURL(/\/triage\/$/);
  await page.locator('main a').first().focus();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Error output')).toBeFocused();
});

test('the home page title is not doubled', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Go native errors');
});

test('reference tables fold away, and on a phone each row of them is a compact card (at most 220 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const slug of ['glibcxx-version-not-found', 'glibc-version-not-found']) {
    await page.goto(`/errors/${slug}/`);
    const table = page.locator('details.ref-table');
    await expect(table.locator('table')).toBeHidden();
    await table.locator('summary').click();
    for (const row of await table.locator('tbody tr').all()) expect((await row.boundingBox())!.height).toBeLessThanOrEqual(220);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
