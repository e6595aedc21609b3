/**
 * The one definition of an error page's frontmatter.
 *
 * Read by `src/content.config.ts` (the site), by `src/lib/catalog/` (the command-line tool and the
 * tests) and, through the compiled catalog, by the matcher and the wizard. No Astro imports here:
 * this file must load in plain Node and in the browser.
 */
import { z } from 'zod';

/** Kebab-case identifier used in URLs: `/errors/<slug>/`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** Which part of the stack prints the error. Drives the sidebar groups and a search filter. */
export const families = [
  'plugin',
  'purego',
  'linkname',
  'linker',
  'c-linker',
  'cgo',
  'c-compiler',
  'pkg-config',
  'go-command',
  'glibc',
  'musl',
  'dyld',
  'windows',
  'exec',
  'android',
] as const;
export const familySchema = z.enum(families);
export type Family = z.infer<typeof familySchema>;

/** Human labels for families, used by the sidebar, the index page and the wizard. */
export const familyLabels: Record<Family, string> = {
  plugin: 'Go plugin',
  purego: 'purego',
  linkname: 'linkname',
  linker: 'Go linker',
  'c-linker': 'C linker (ld, lld, ld64, MinGW)',
  cgo: 'cgo',
  'c-compiler': 'C compiler',
  'pkg-config': 'pkg-config',
  'go-command': 'go command',
  glibc: 'glibc loader',
  musl: 'musl loader',
  dyld: 'macOS dyld',
  windows: 'Windows loader',
  exec: 'exec and ELF',
  android: 'Android loader',
};

/** When the error appears: while compiling, while linking, while loading a binary or library, or later. */
export const stages = ['build', 'link', 'load', 'run'] as const;
export const stageSchema = z.enum(stages);
export type Stage = z.infer<typeof stageSchema>;

/** Where the error can appear. `any` means the wording is the same everywhere Go runs. */
export const platforms = ['linux-glibc', 'linux-musl', 'macos', 'windows', 'any'] as const;
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

export const platformLabels: Record<Platform, string> = {
  'linux-glibc': 'Linux (glibc)',
  'linux-musl': 'Linux (musl, Alpine)',
  macos: 'macOS',
  windows: 'Windows',
  any: 'Any platform',
};

/**
 * Who reads a fix: `builder` ("I build this program") or `runner` ("I run a binary someone else
 * built", such as a downloaded `dlv`). Where the answers differ, a page gives each role its fix.
 */
export const roles = ['builder', 'runner'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** A Go release such as `1.21` or `1.23.5` (no `go` prefix). */
export const goVersionSchema = z
  .string()
  .regex(/^1\.\d+(?:\.\d+)?$/, 'must be a Go version such as "1.21" or "1.23.5", without the "go" prefix');

/**
 * One variant of the message as a user sees it.
 *
 * `text` is a template: literal text plus named holes that the matcher turns into bounded
 * captures (full guide with examples: CONTRIBUTING.md, "Message templates"). Hole forms:
 * - `{kind}`: capture a value of that kind under the kind's name, e.g. `{symbol}`, `{library}`.
 * - `{name:kind}`: the same with another capture name, e.g. `{referrer:symbol}`.
 * - `{name=alpha|beta}`: one of the listed literal words, captured as `name`.
 * Kinds: symbol, library, path, slashpath, package, version, glibc, glibcxx, goversion, code, n,
 * word, arch, text (`text` only as the last hole of a line: the rest of the line), and for the C
 * toolchain header (`gtk/gtk.h`), libname (what follows `-l`: `stdc++`), pkgconfig (`gtk+-3.0`),
 * flag (`-marm`, `-Wl,--as-needed`) and csymbol (a C or C++ symbol between quotes, spaces allowed:
 * `'{symbol:csymbol}'`). Anything else in braces, such as `interface {}`, is literal text.
 * - `[[...]]`: an optional part (literal text and holes), e.g. `cannot find -l{libname}[[: No such
 *   file or directory]]`. Not nested, and not the only literal text of a line.
 * - Several lines (a YAML `|` block): each template line matches one line of the paste, directly
 *   after the previous one; indentation and CI prefixes of the paste's lines do not matter. A line
 *   that is only `...` lets up to 16 lines of anything stand between its neighbours. At most 8 lines.
 * Quotes are folded before matching, so `` `GLIBC_2.34' ``, `'GLIBC_2.34'` and `‘GLIBC_2.34’` are
 * the same to the matcher.
 */
export const messageSchema = z
  .object({
    /** Template close to the real output, with named holes. */
    text: z.string().min(8, 'is too short to identify an error'),
    /** Short label shown next to the variant, e.g. "Go 1.10 and later" or "dlopen". */
    label: z.string().optional(),
    /** Platform on which this exact wording is printed, when it differs by platform. */
    platform: platformSchema.optional(),
    /** First Go release (or library release, see `label`) that prints this wording. */
    since: z.string().optional(),
    /** Last release that printed it. */
    until: z.string().optional(),
    /** BCP 47 language of a localised wording (Windows prints messages in the system language). */
    locale: z.string().optional(),
    /** Where the string comes from: a source file and version, or a reproduction in `repro/`. */
    source: z.string().min(3),
    /** Set to false for a wording that is shown on the page but is too vague to match on its own. */
    match: z.boolean().default(true),
  })
  .strict();
export type Message = z.infer<typeof messageSchema>;

/** A numeric error code, matched in every form users paste (decimal, hex, signed, symbolic name). */
export const codeSchema = z
  .object({
    /** Which number space the code lives in. */
    system: z.enum(['win32', 'ntstatus', 'hresult', 'errno']),
    /** The code as an unsigned number, e.g. 126 or 0xC0000135 (write hex as a YAML number or string). */
    value: z.union([z.number().int().nonnegative(), z.string().regex(/^0x[0-9a-fA-F]+$/)]),
    /** Symbolic name, e.g. `ERROR_MOD_NOT_FOUND` or `STATUS_DLL_NOT_FOUND`. */
    name: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
  })
  .strict();
export type Code = z.infer<typeof codeSchema>;

/** A real output, noise included, that must rank this page first. */
export const exampleSchema = z
  .object({
    /** The output as pasted. */
    text: z.string().min(8),
    /** Where it comes from: a report URL, or `repro/<slug>` for our own reproduction. */
    source: z.string().min(3),
    /** Toolchain and system it was seen with, e.g. "go1.23.5, Debian 12 (glibc 2.36)". */
    seenWith: z.string().optional(),
  })
  .strict();

/** A near miss that must not match this page. */
export const counterExampleSchema = z
  .object({
    text: z.string().min(1),
    /** Why it is not this error, usually the slug of the page it belongs to. */
    note: z.string().min(3),
  })
  .strict();

/** A fix as listed in the page body, in order, smallest safe change first. */
export const fixSchema = z
  .object({
    /** Anchor of the fix heading (`### <title>` in the body); a permanent link `/errors/<slug>/#<id>`. */
    id: slugSchema,
    /** The heading text. */
    title: z.string().min(3),
    /** Platforms the fix applies to; omitted means every platform of the page. */
    platforms: z.array(platformSchema).optional(),
    /** Who the fix is for (see `roles`); omitted means both. */
    roles: z.array(roleSchema).min(1).optional(),
    /** Go versions the fix applies to. */
    goVersions: z
      .object({ since: goVersionSchema.optional(), until: goVersionSchema.optional() })
      .strict()
      .optional(),
    /**
     * Why the reproduction lab cannot run this fix, e.g. "needs macOS". A fix is either proven by
     * a case in `repro/` (listed in `repro/verified-fixes.json`) or says here why not; the page
     * shows one or the other under the fix heading.
     */
    notVerified: z.string().min(5, 'must say why the fix cannot be run here, e.g. "needs macOS"').optional(),
  })
  .strict();
export type Fix = z.infer<typeof fixSchema>;

export const sourceLinkSchema = z
  .object({
    title: z.string().min(3),
    url: z.url(),
  })
  .strict();

export const errorEntrySchema = z
  .object({
    /** The canonical message, short, with readable placeholders such as `<symbol>`. Shown as "the message". */
    title: z.string().min(5).max(120),
    /**
     * The page title in plain words ("The binary needs a newer glibc than this system has"): the H1,
     * the sidebar label, the wizard's result title and the link-card title.
     */
    headline: z.string().min(10).max(80).optional(),
    /** One plain sentence saying what the error means. */
    description: z.string().min(20).max(300),
    family: familySchema,
    stage: stageSchema,
    platforms: z.array(platformSchema).min(1),
    /** `retired` pages stay published with a note pointing at `replacedBy`. */
    status: z.enum(['active', 'retired']).default('active'),
    /** Slug of the page that replaces a retired one. */
    replacedBy: slugSchema.optional(),
    /** The variants users see, with named holes for the matcher. */
    messages: z.array(messageSchema).min(1),
    /** Error codes in number form; the matcher keys on these before any (localised) text. */
    codes: z.array(codeSchema).default([]),
    /**
     * Ranking among matches: higher wins. 0 is normal; use a positive number for a root cause
     * that often comes with other errors, and a negative one for a wrapper or consequence.
     */
    specificity: z.number().int().min(-10).max(10).default(0),
    /** Slugs of more general pages this page refines: when both match, this one ranks first. */
    supersedes: z.array(slugSchema).default([]),
    examples: z.array(exampleSchema).min(1),
    counterExamples: z.array(counterExampleSchema).default([]),
    fixes: z.array(fixSchema).min(1),
    related: z.array(slugSchema).default([]),
    /** Old slugs that redirect here. Never reuse one. */
    aliases: z.array(slugSchema).default([]),
    sources: z.array(sourceLinkSchema).min(1),
    /** Go releases affected by the error. */
    goVersions: z
      .object({ since: goVersionSchema.optional(), until: goVersionSchema.optional() })
      .strict()
      .optional(),
    /** Set when the page's examples include output captured by `npm run repro`. */
    reproduced: z.string().optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.status === 'retired' && !entry.replacedBy) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'a retired error needs replacedBy: <slug>' });
    }
    const ids = new Set<string>();
    entry.fixes.forEach((fix, i) => {
      if (ids.has(fix.id)) ctx.addIssue({ code: 'custom', path: ['fixes', i, 'id'], message: `duplicate fix id "${fix.id}"` });
      ids.add(fix.id);
    });
  });

export type ErrorEntry = z.infer<typeof errorEntrySchema>;
/** An entry together with its slug, as the catalog hands it out. */
export type CatalogEntry = ErrorEntry & { slug: string };
