/**
 * Content collections. `docs` is Starlight's own (home, triage, guides); `errors` holds one page
 * per error signature, validated by the shared schema in src/lib/schema (the same one the CLI uses).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { errorEntrySchema } from './lib/schema/error-entry.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  errors: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/errors' }),
    schema: errorEntrySchema,
  }),
};
