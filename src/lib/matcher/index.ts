/** The matcher: pure TypeScript, no Astro, DOM or Node imports. Shared by the site, the tests and the CLI. */
export { compile, TemplateError } from './compile.ts';
export type { CompiledPattern, Diagnosis, Matcher, MatcherEntry, Occurrence } from './compile.ts';
export { compareVersions, parseVersion, type Capture, type ParsedVersion } from './captures.ts';
export { compileTemplate, parseTemplate } from './template.ts';
export { normalizeText, stripLinePrefixes } from './normalize.ts';
