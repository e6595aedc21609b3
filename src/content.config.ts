/**
 * Content collections. `docs` is Starlight's own (home, triage, guides, 404); `i18n` holds UI string
 * overrides per language (src/content/i18n/<lang>.json); `errors` holds one page
 * per error signature, validated by the shared schema in src/lib/schema (the same one the CLI uses).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { errorEntrySchema } from './lib/schema/error-entry.ts';
import { translationEntrySchema } from './lib/schema/translation-entry.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  errors: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/errors' }),
    schema: errorEntrySchema,
  }),
  // The Chinese prose of the error pages (the data stays in `errors`): /zh-cn/errors/<slug>/.
  errorsZhCn: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/errors-zh-cn' }),
    schema: translationEntrySchema,
  }),
};
