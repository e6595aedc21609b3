/** /fix-commands.json: every fix's quick command in the shells of each platform, for the triage wizard. */
import type { APIRoute } from 'astro';
import { fixCommandIndex } from '../components/Wizard/catalog-props.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await fixCommandIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
