#!/usr/bin/env node
// The package's `bin`: the triage command-line tool. Needs Node >= 22.18 (TypeScript type
// stripping); inside the project, npm puts the project's own Node 24 first on PATH.
await import('../src/cli/triage.ts');
