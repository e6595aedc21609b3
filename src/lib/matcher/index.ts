/** The matcher: pure TypeScript, no Astro, DOM or Node imports. Shared by the site, the tests and the CLI. */
export { compile, loadMatcher } from './matcher.ts';
export { compileData, COMPILED_FORMAT, type CompiledData } from './compiled.ts';
export { TemplateError } from './patterns.ts';
export type { Capture, CompiledPattern, Diagnosis, Matcher, MatcherEntry, MatcherStream, Occurrence, RankEntry } from './types.ts';
export { compareVersions, parseVersion, type ParsedVersion } from './captures.ts';
export { compileTemplate, parseTemplate } from './template.ts';
export { normalizeText, stripLinePrefixes } from './normalize.ts';
