/**
 * The Chinese edition (issue 16): /zh-cn/ pages are Chinese, keep the English page's fix anchors and
 * commands, point at each other with hreflang, are found by Pagefind's Chinese index, and pass axe.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('a translated error page is Chinese, with the English fix anchors and commands', async ({ page }) => {
  await page.goto('/zh-cn/errors/windows-dll-not-found-126/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toContainText('找不到');
  await expect(page.locator('h2#what-went-wrong, h2:has-text("出了什么问题")').first()).toBeVisible();
  await expect(page.locator('h3#put-the-dll-and-its-dependencies-next-to-the-exe')).toContainText('exe');
  await expect(page.locator('.sl-markdown-content pre').first()).toContainText('$env:PATH');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/errors\/windows-dll-not-found-126\/$/);
});

test('an English page links its Chinese edition, which is translated', async ({ page }) => {
  await page.goto('/errors/windows-dll-not-found-126/');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh-cn\/errors\/windows-dll-not-found-126\/$/);
  // Every page has its translation (tests/catalog/translations.test.ts): no English fallback notice.
  await page.goto('/zh-cn/errors/exec-format-error/');
  await expect(page.locator('h2#what-went-wrong, h2:has-text("出了什么问题")').first()).toBeVisible();
  await expect(page.getByText('本页尚未翻译')).toHaveCount(0);
});

for (const [query, slug] of [
  ['找不到指定的模块', 'windows-dll-not-found-126'],
  ['GLIBC 版本节点', 'glibc-version-not-found'],
] as const) {
  test(`Chinese search for ${query} finds ${slug}`, async ({ page }) => {
    await page.goto('/zh-cn/');
    const urls = await page.evaluate(async (q) => {
      // Starlight's Pagefind bundle; on a zh-CN page it loads the Chinese index.
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const search = await pagefind.search(q);
      return Promise.all(search.results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    }, query);
    expect(urls.some((u) => u.includes(`/zh-cn/errors/${slug}/`))).toBe(true);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/zh-cn/', '/zh-cn/errors/glibc-version-not-found/', '/zh-cn/errors/']) {
    test(`axe finds no violations on ${path} (${scheme})`, async ({ page }) => {
      await expectNoAxeViolations(page, path, scheme);
    });
  }
}

for (const [text, slug] of [
  ['github.com/ebitengine/purego.dlopenABI0: relocation target dlopen not defined', 'purego-dlfcn-relocation-target-not-defined'],
  // Chinese Windows prints its own text for error 126 around an English Go line.
  ['运行程序时出错：\nFailed to load foo.dll: 找不到指定的模块。', 'windows-dll-not-found-126'],
] as const) {
  test(`/zh-cn/triage/ ranks ${slug} first and links its Chinese page`, async ({ page }) => {
    await page.goto('/zh-cn/triage/');
    await page.locator('astro-island:not([ssr])').waitFor();
    await page.locator('textarea').first().evaluate((area: HTMLTextAreaElement, t) => {
      area.value = t;
      area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, text);
    await expect(page.locator('.triage-primary .triage-result-title a')).toHaveAttribute('href', `/zh-cn/errors/${slug}/`);
  });
}
