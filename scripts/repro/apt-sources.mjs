// The private apt configuration's sources, derived from the machine's own: the same archive
// URIs (and keyrings) the system uses for its release, with other suites. Nothing here names a
// mirror; whatever the machine is configured with is used.
import fs from 'node:fs';
import path from 'node:path';

/** One-line format (`/etc/apt/sources.list`, `*.list`): `deb [opt=val ...] URI suite comp...`. */
export function parseOneLineSources(text) {
  const entries = [];
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!line) continue;
    let rest = line;
    const type = rest.split(/\s+/, 1)[0];
    rest = rest.slice(type.length).trim();
    const options = {};
    if (rest.startsWith('[')) {
      const end = rest.indexOf(']');
      if (end < 0) continue;
      for (const opt of rest.slice(1, end).trim().split(/\s+/)) {
        const eq = opt.indexOf('=');
        if (eq > 0) options[opt.slice(0, eq).toLowerCase()] = opt.slice(eq + 1);
      }
      rest = rest.slice(end + 1).trim();
    }
    const [uri, suite, ...components] = rest.split(/\s+/);
    if (!uri || !suite) continue;
    entries.push({
      types: [type],
      uris: [uri],
      suites: [suite],
      components,
      signedBy: options['signed-by'] ?? null,
      enabled: true,
    });
  }
  return entries;
}

/** deb822 format (`*.sources`): paragraphs of `Field: value`, continuation lines start with a space. */
export function parseDeb822Sources(text) {
  const entries = [];
  for (const para of text.split(/\n[ \t]*\n/)) {
    const fields = {};
    let last = null;
    for (const line of para.split('\n')) {
      if (line.startsWith('#')) continue;
      if (/^[ \t]/.test(line) && last) {
        fields[last] += `\n${line.trim()}`;
        continue;
      }
      const m = line.match(/^([\w-]+):(.*)$/);
      if (!m) continue;
      last = m[1].toLowerCase();
      fields[last] = m[2].trim();
    }
    if (!fields.types || !fields.uris || !fields.suites) continue;
    const words = (v) => (v ?? '').split(/\s+/).filter(Boolean);
    // Signed-By is either a keyring path or an inline key block; only a path can be passed on.
    const signedBy = fields['signed-by'] && !fields['signed-by'].includes('\n') ? fields['signed-by'] : null;
    entries.push({
      types: words(fields.types),
      uris: words(fields.uris),
      suites: words(fields.suites),
      components: words(fields.components),
      signedBy,
      enabled: !/^(?:no|false|0)$/i.test(fields.enabled ?? 'yes'),
    });
  }
  return entries;
}

/** Every source entry of the machine (`/etc/apt` by default). Other files in sources.list.d are ignored, as apt does. */
export function readSystemSources(etcApt = '/etc/apt') {
  const entries = [];
  const main = path.join(etcApt, 'sources.list');
  if (fs.existsSync(main)) entries.push(...parseOneLineSources(fs.readFileSync(main, 'utf8')));
  const dir = path.join(etcApt, 'sources.list.d');
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (f.endsWith('.list')) entries.push(...parseOneLineSources(text));
      else if (f.endsWith('.sources')) entries.push(...parseDeb822Sources(text));
    }
  }
  return entries;
}

/**
 * `deb` lines for `suites`, one per archive URI that the machine uses for its own release
 * (`codename`, e.g. bookworm) with the `main` component. Security and third-party archives do not
 * carry that suite, so they are left out.
 */
export function deriveSourceLines(entries, codename, suites) {
  const archives = new Map(); // uri -> signedBy
  for (const e of entries) {
    if (!e.enabled || !e.types.includes('deb') || !e.suites.includes(codename) || !e.components.includes('main')) continue;
    for (const uri of e.uris) if (!archives.has(uri)) archives.set(uri, e.signedBy);
  }
  const lines = [];
  for (const [uri, signedBy] of archives) {
    for (const suite of suites) lines.push(`deb ${signedBy ? `[signed-by=${signedBy}] ` : ''}${uri} ${suite} main`);
  }
  return lines;
}

export function osCodename(osRelease = '/etc/os-release') {
  try {
    return fs.readFileSync(osRelease, 'utf8').match(/^VERSION_CODENAME="?([^"\n]+)"?/m)?.[1] ?? null;
  } catch {
    return null;
  }
}
