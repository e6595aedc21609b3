// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import starlightLinksValidator from 'starlight-links-validator';
import { writeCompiledCatalog } from './src/cli/catalog-file.ts';
import { loadCatalog, loadTranslations } from './src/lib/catalog/load-node.ts';
import { errorsSidebar } from './src/lib/catalog/sidebar.ts';
import { editUrl, siteConfig } from './src/site-config.ts';

/**
 * Astro marks every MDX module with a "use astro:head-inject" directive that the bundler reports
 * once per page as "may not be preserved when bundling"; Astro handles the directive itself, so
 * there is nothing to act on. Astro builds each environment with its own bundler options (top-level
 * `build.rolldownOptions` do not reach them), hence a plugin that adds the filter to every
 * environment. Every other warning passes through.
 */
/** @returns {import('vite').Plugin} */
function quietHeadInjectDirective() {
  return {
    name: 'quiet-head-inject-directive',
    configEnvironment() {
      return {
        build: {
          rolldownOptions: {
            /** @type {NonNullable<import('rolldown').InputOptions['onwarn']>} */
            onwarn(warning, warn) {
              if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
              warn(warning);
            },
          },
        },
      };
    },
  };
}

// Validates every error page with the shared schema first: a broken field stops the build here,
// naming the file and the field.
const catalog = loadCatalog();
// The compiled catalog the command-line tool loads (generated/compiled-catalog.json).
writeCompiledCatalog(catalog);
// The Chinese edition's prose (src/content/errors-zh-cn), validated the same way.
const zhHeadlines = new Map(loadTranslations('zh-cn', catalog).map((t) => [t.slug, t.headline]));
// Alias slugs are redirect pages (noindex, canonical to the live page): keep them out of the sitemap.
const aliasPaths = new Set(catalog.flatMap((e) => e.aliases.flatMap((a) => [`/errors/${a}/`, `/zh-cn/errors/${a}/`])));

export default defineConfig({
  site: siteConfig.site,
  trailingSlash: 'always',
  vite: { plugins: [quietHeadInjectDirective()] },
  integrations: [
    starlight({
      title: siteConfig.title,
      description: siteConfig.tagline,
      favicon: '/favicon.svg',
      social: [{ icon: 'github', label: 'Repository', href: siteConfig.repository }],
      editLink: { baseUrl: editUrl('') },
      lastUpdated: false,
      // English at the root, Simplified Chinese under /zh-cn/ (src/content/docs/zh-cn/, src/content/errors-zh-cn/).
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      // Previous/next cards would link alphabetical neighbours that have nothing to do with the page.
      pagination: false,
      // src/pages/404.astro replaces Starlight's 404 (it adds a paste box and "did you mean" links).
      disable404Route: true,
      customCss: ['./src/styles/custom.css'],
      // Completes the link card (og:image, Twitter tags) on every page; see the file.
      routeMiddleware: './src/route-middleware.ts',
      // Code block options (wrapping, names of scrolling blocks): ec.config.mjs.
      // Checks links in docs pages; custom routes (/errors/...) are covered by tests/build/links.test.ts.
      plugins: [starlightLinksValidator({ exclude: ['/errors/', '/errors/**/*', '/zh-cn/errors/', '/zh-cn/errors/**/*', '/errors.json', '/sitemap.xml'] })],
      sidebar: [
        {
          label: 'Start here',
          translations: { 'zh-CN': '从这里开始' },
          items: [
            { label: 'Home', link: '/', translations: { 'zh-CN': '首页' } },
            { label: 'Triage an error', link: '/triage/', translations: { 'zh-CN': '诊断报错' } },
            { label: 'All errors', link: '/errors/', translations: { 'zh-CN': '全部报错' } },
            { label: 'C library packages', link: '/libraries/', translations: { 'zh-CN': 'C 库软件包' } },
            { label: 'Use it in CI', link: '/ci/', translations: { 'zh-CN': '在 CI 中使用' } },
            { label: 'Use it on your issue tracker', link: '/issue-bot/', translations: { 'zh-CN': '在 issue 中使用' } },
          ],
        },
        ...errorsSidebar(catalog, zhHeadlines),
      ],
    }),
    // Starlight would add MDX with `optimize: true`, which turns headings into static HTML; error
    // pages render their `###` fix headings with a component (FixHeading: permalink + copy button).
    mdx({ optimize: { ignoreElementNames: ['h3'] } }),
    preact(),
    // Our own sitemap (Starlight then skips its default one) so that redirect pages can be left out.
    sitemap({ filter: (page) => !aliasPaths.has(new URL(page).pathname) }),
  ],
});
