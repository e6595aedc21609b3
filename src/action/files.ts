/**
 * The `files` input: newline-separated paths or globs (`*`, `?`, `**`), relative to the
 * workspace. Node 20 has no fs.glob, so globs are matched against a recursive listing (skipping
 * .git and node_modules). `.gz` logs are gunzipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const isGlob = (p: string) => /[*?[]/.test(p);

/** A glob as an anchored regex over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name === '.git' || ent.name === 'node_modules') continue;
      const full = join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The files the input names, in input order, each once; a plain path that does not exist is reported. */
export function resolveFiles(input: string, root: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  let listing: string[] | undefined;
  for (const raw of input.split(/\r?\n/)) {
    const p = raw.trim();
    if (!p) continue;
    if (isGlob(p)) {
      listing ??= listFiles(root);
      const re = globToRegExp(p.replace(/^\.\//, ''));
      const hits = listing.filter((f) => re.test(f));
      if (!hits.length) missing.push(p);
      for (const f of hits) if (!files.includes(f)) files.push(f);
    } else if (existsSync(join(root, p)) && statSync(join(root, p)).isFile()) {
      if (!files.includes(p)) files.push(p);
    } else missing.push(p);
  }
  return { files, missing };
}

export function readLog(path: string): string {
  const bytes = readFileSync(path);
  const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gz ? gunzipSync(bytes) : bytes).toString('utf8');
}
