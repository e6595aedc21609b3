/**
 * The frontmatter of a translated error page (`src/content/errors-<locale>/<slug>.mdx`).
 * A translation carries prose only: the plain-words title, the one-sentence cause and the body.
 * Messages, examples, fixes' ids, versions and sources stay in the English page's frontmatter,
 * the single source of the data (tests/catalog/translations.test.ts checks that the body's fixes
 * and commands match the English page's).
 */
import { z } from 'zod';

export const translationEntrySchema = z
  .object({
    /** The English page's `headline` (or its title) in plain words, translated. */
    headline: z.string().min(4).max(80),
    /** The English page's `description`, translated. */
    description: z.string().min(10).max(300),
    /**
     * `git hash-object` of the English page when this translation was last brought in step with it;
     * `scripts/translation-status.ts` lists translations whose English page changed since.
     */
    translatedFrom: z.string().regex(/^[0-9a-f]{40}$/, 'must be the 40-hex git blob hash of the English page'),
  })
  .strict();
export type TranslationEntry = z.infer<typeof translationEntrySchema>;
