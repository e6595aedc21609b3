#!/usr/bin/env node
// The package's `bin`: the triage command-line tool. Needs Node >= 22.18 (TypeScript type
// stripping); inside the project, npm puts the project's own Node 24 first on PATH.
// The compile cache keeps Node's stripped and compiled sources between runs (in the system's temp
// directory): it roughly halves the start-up time.
import module from 'node:module';

module.enableCompileCache?.();
await import('../src/cli/triage.ts');
