/**
 * Entries written with every template feature (several lines, `...` gaps, optional parts and the
 * C-toolchain hole kinds), for the template tests and the pattern-safety checks. The wordings are
 * the ones the C toolchains print (gcc 12, clang 14, GNU ld 2.40, ld64, pkg-config 1.8).
 */
import type { MatcherEntry } from '../../src/lib/matcher/index.ts';

export const templateFixtureEntries: MatcherEntry[] = [
  {
    slug: 'ld64-undefined-symbols',
    title: 'Undefined symbols for architecture <arch>',
    messages: [{ text: 'Undefined symbols for architecture {arch}:\n"{symbol:csymbol}", referenced from:' }],
  },
  {
    slug: 'c-header-included-from',
    title: 'missing header, reached through an include chain',
    specificity: 1,
    messages: [{ text: 'In file included from {includer:path}\n...\nfatal error: {header}: No such file or directory' }],
  },
  {
    slug: 'c-header-not-found',
    title: 'fatal error: <header>: No such file or directory',
    messages: [
      { text: 'fatal error: {header}: No such file or directory' },
      { text: "fatal error: '{header}' file not found" },
    ],
  },
  {
    slug: 'ld-cannot-find-library',
    title: 'cannot find -l<library>',
    messages: [{ text: 'cannot find -l{libname}[[: No such file or directory]]' }],
  },
  {
    slug: 'pkg-config-package-not-found',
    title: 'Package <module> was not found in the pkg-config search path',
    messages: [{ text: 'Package {module:pkgconfig} was not found in the pkg-config search path' }],
  },
  {
    slug: 'ld-undefined-reference',
    title: 'undefined reference to <symbol>',
    messages: [{ text: "undefined reference to '{symbol:csymbol}'" }],
  },
  {
    slug: 'cc-unrecognized-option',
    title: "unrecognized command-line option '<flag>'",
    messages: [{ text: "{compiler:path}: error: unrecognized command-line option '{option:flag}'[[; did you mean '{suggestion:flag}'?]]" }],
  },
];
