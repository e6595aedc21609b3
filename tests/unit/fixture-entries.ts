/** A small catalog for matcher unit tests, independent of the real pages (which change). */
import type { MatcherEntry } from '../../src/lib/matcher/index.ts';

export const fixtureEntries: MatcherEntry[] = [
  {
    slug: 'glibc-version-not-found',
    title: "version `GLIBC_x.y' not found",
    messages: [
      { text: "{program:path}: {library}: version `{version:glibc}' not found (required by {object:path})" },
      { text: "{library}: version `{version:glibc}' not found (required by {object:path})" },
    ],
  },
  {
    slug: 'glibcxx-version-not-found',
    title: "version `GLIBCXX_x.y' not found",
    messages: [{ text: "{library}: version `{version:glibcxx}' not found (required by {object:path})" }],
  },
  {
    slug: 'link-relocation-target-not-defined',
    title: 'relocation target not defined',
    messages: [{ text: '{referrer:symbol}: relocation target {target:symbol} not defined' }],
  },
  {
    slug: 'purego-dlfcn-relocation-target-not-defined',
    title: 'purego relocation target dlopen not defined',
    supersedes: ['link-relocation-target-not-defined'],
    messages: [{ text: 'github.com/ebitengine/purego.{referrer:symbol}: relocation target {target=dlopen|dlsym|dlclose|dlerror} not defined' }],
  },
  {
    slug: 'link-cannot-use-dynamic-imports-with-d-flag',
    title: 'cannot use dynamic imports with -d flag',
    specificity: 2,
    messages: [{ text: 'cannot use dynamic imports with -d flag' }],
  },
  {
    slug: 'plugin-different-version-of-package',
    title: 'plugin was built with a different version of package',
    messages: [
      { text: 'plugin.Open("{path}"): plugin was built with a different version of package {package}' },
      { text: 'plugin.Open: plugin was built with a different version of package {package}' },
    ],
  },
  {
    slug: 'windows-dll-not-found-126',
    title: 'The specified module could not be found (126)',
    messages: [
      { text: 'The specified module could not be found.' },
      { text: 'Le module spécifié est introuvable.' },
    ],
    codes: [{ system: 'win32', value: 126, name: 'ERROR_MOD_NOT_FOUND' }],
  },
  {
    slug: 'windows-status-dll-not-found-0xc0000135',
    title: 'STATUS_DLL_NOT_FOUND (0xC0000135)',
    messages: [{ text: 'was unable to locate component' }],
    codes: [{ system: 'ntstatus', value: '0xC0000135', name: 'STATUS_DLL_NOT_FOUND' }],
  },
  {
    slug: 'dyld-library-not-loaded',
    title: 'dyld: Library not loaded',
    messages: [{ text: 'Library not loaded: {library}' }],
  },
  {
    slug: 'dyld-incompatible-architecture',
    title: 'dyld: incompatible architecture',
    supersedes: ['dyld-library-not-loaded'],
    messages: [{ text: "(mach-o file, but is an incompatible architecture (have '{have:arch}', need '{need:arch}'))" }],
  },
  {
    slug: 'plugin-open-dlopen-error',
    title: 'plugin.Open: dlopen error',
    specificity: -1,
    messages: [{ text: 'plugin.Open("{path}"): {text}' }],
  },
  {
    slug: 'glibc-cannot-open-shared-object',
    title: 'cannot open shared object file',
    messages: [{ text: '{library}: cannot open shared object file: No such file or directory' }],
  },
];
