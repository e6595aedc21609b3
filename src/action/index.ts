/**
 * Entry of the committed Action bundle (action/index.mjs, built by scripts/bundle.ts): the
 * compiled catalog and the report texts are embedded, so the runner needs nothing but Node.
 */
// @ts-expect-error: a virtual module that scripts/bundle.ts provides at bundle time.
import data from 'gne:action-data';
import { runAction, type ActionData } from './run.ts';

process.exitCode = await runAction({ env: process.env, data: data as ActionData });
