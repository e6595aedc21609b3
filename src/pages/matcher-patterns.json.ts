/** /matcher-patterns.json: the catalog's compiled patterns, for the triage wizard's matcher. */
import type { APIRoute } from 'astro';
import { matcherPatterns } from '../components/Wizard/catalog-props.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await matcherPatterns()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
