/**
 * Generates the Debian column of the native-library table (src/lib/data/native-libraries.debian.ts)
 * from Debian's own Contents index.
 *
 *   npx node scripts/debian-lib-packages.ts --refresh   download Contents-amd64 and Contents-all
 *                                                        with apt, rewrite the extract, regenerate
 *   npx node scripts/debian-lib-packages.ts             regenerate from the committed extract
 *   npx node scripts/debian-lib-packages.ts --check     exit 1 when the committed table or extract
 *                                                        is stale (no network)
 *
 * --refresh reaches Debian exactly the way apt on this machine does: it copies the machine's own
 * source entry for the suite (/etc/apt/sources.list.d/*.sources or sources.list, whatever mirror
 * that names) into a private apt configuration in a temporary directory, enables apt's
 * `Contents-deb` index target (the one apt-file defines) and runs `apt-get update` there. The
 * system's package lists and /etc/apt are not touched. `--suite NAME` picks another suite that the
 * machine's sources list (default: bookworm).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { nativeLibraries } from '../src/lib/data/native-libraries.ts';
import {
  EXTRACT_PATH,
  GENERATED_PATH,
  type Extract,
  type ExtractHeader,
  formatExtract,
  missingFromExtract,
  parseContentsLine,
  parseExtract,
  pathsForRow,
  renderGenerated,
} from './lib/debian-contents.ts';

const args = process.argv.slice(2);
const suite = args.includes('--suite') ? args[args.indexOf('--suite') + 1] : 'bookworm';

interface SourceEntry {
  uris: string[];
  signedBy?: string;
}

/** The machine's `deb` entry that lists `suite` with the main component (deb822 or one-line form). */
function machineSource(): SourceEntry {
  const dir = '/etc/apt/sources.list.d';
  const files = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  for (const file of ['/etc/apt/sources.list', ...files]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.sources')) {
      for (const stanza of text.split(/\n\s*\n/)) {
        const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(stanza)?.[1].trim();
        const words = (name: string) => (field(name) ?? '').split(/\s+/);
        if (words('Types').includes('deb') && words('Suites').includes(suite) && words('Components').includes('main') && field('Enabled') !== 'no') {
          return { uris: words('URIs'), signedBy: field('Signed-By') };
        }
      }
    } else if (file.endsWith('.list')) {
      for (const line of text.split('\n')) {
        // deb [options] uri suite component...
        const words = line.trim().split(/\s+/);
        if (words[0] !== 'deb') continue;
        let i = 1;
        let options = '';
        if (words[i]?.startsWith('[')) {
          while (i < words.length && !words[i].endsWith(']')) options += ` ${words[i++]}`;
          options += ` ${words[i++] ?? ''}`;
        }
        const [uri, lineSuite, ...components] = words.slice(i);
        if (uri && lineSuite === suite && components.includes('main')) {
          return { uris: [uri], signedBy: /signed-by=([^\s\]]+)/.exec(options)?.[1] };
        }
      }
    }
  }
  throw new Error(`no apt source on this machine lists suite ${suite} with component main`);
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Lines of one index file, decompressed by apt itself (lz4, gz, xz or plain, as apt kept it). */
async function* contentsLines(file: string): AsyncGenerator<string> {
  const child = spawn('/usr/lib/apt/apt-helper', ['cat-file', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  yield* createInterface({ input: child.stdout, crlfDelay: Infinity });
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`apt-helper cat-file ${file} failed (exit ${code})`);
}

async function refresh(): Promise<Extract> {
  const source = machineSource();
  const dir = mkdtempSync(join(tmpdir(), 'debian-contents-'));
  try {
    for (const d of ['lists/partial', 'cache/archives/partial', 'sources']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(
      join(dir, 'sources', 'debian.sources'),
      [`Types: deb`, `URIs: ${source.uris.join(' ')}`, `Suites: ${suite}`, `Components: main`, ...(source.signedBy ? [`Signed-By: ${source.signedBy}`] : [])].join('\n') + '\n',
    );
    // Only the suite's own lists, in the private directory; Contents-deb as apt-file defines it.
    writeFileSync(
      join(dir, 'apt.conf'),
      `Dir::State::Lists "${dir}/lists/";
Dir::State::status "/dev/null";
Dir::Cache "${dir}/cache/";
Dir::Etc::sourcelist "/dev/null";
Dir::Etc::sourceparts "${dir}/sources/";
APT::Architectures { "amd64"; };
Acquire::Languages "none";
Acquire::IndexTargets::deb::Contents-deb {
  MetaKey "$(COMPONENT)/Contents-$(ARCHITECTURE)";
  ShortDescription "Contents-$(ARCHITECTURE)";
  Description "$(RELEASE)/$(COMPONENT) $(ARCHITECTURE) Contents (deb)";
  KeepCompressed "true";
};
`,
    );
    const env = { ...process.env, APT_CONFIG: join(dir, 'apt.conf') };
    run('apt-get', ['-q', 'update'], env);
    const files = run('apt-get', ['indextargets', '--format', '$(FILENAME)', 'Identifier: Contents-deb'], env).split('\n').filter(Boolean);
    if (!files.length) throw new Error('apt downloaded no Contents index');

    const release = readFileSync(readdirSync(join(dir, 'lists')).map((f) => join(dir, 'lists', f)).find((f) => f.endsWith('_InRelease'))!, 'utf8');
    const header: ExtractHeader = {
      suite,
      version: /^Version: (.+)$/m.exec(release)?.[1] ?? '',
      date: /^Date: (.+)$/m.exec(release)?.[1] ?? '',
      files: [],
    };
    const sha = release.slice(release.indexOf('\nSHA256:'));
    for (const arch of ['amd64', 'all']) {
      const m = new RegExp(`^ ([0-9a-f]{64}) +(\\d+) main/Contents-${arch}$`, 'm').exec(sha);
      if (m) header.files.push({ name: `main/Contents-${arch}`, size: Number(m[2]), sha256: m[1] });
    }

    const paths = new Map<string, string[]>();
    for (const row of nativeLibraries) for (const { path } of pathsForRow(row)) paths.set(path, []);
    for (const file of files) {
      for await (const line of contentsLines(file)) {
        const entry = parseContentsLine(line);
        if (entry && paths.has(entry.path)) paths.set(entry.path, [...new Set([...paths.get(entry.path)!, ...entry.packages])]);
      }
    }
    return { header, paths };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  let extract: Extract;
  if (args.includes('--refresh')) {
    extract = await refresh();
    writeFileSync(EXTRACT_PATH, formatExtract(extract));
    console.log(`${EXTRACT_PATH}: ${extract.paths.size} paths from Debian ${extract.header.version} (${extract.header.date})`);
  } else {
    extract = parseExtract(readFileSync(EXTRACT_PATH, 'utf8'));
  }
  const missing = missingFromExtract(nativeLibraries, extract);
  if (missing.length) {
    console.error(`${EXTRACT_PATH} has no answer for ${missing.length} path(s) the rows ask about (first: ${missing[0]}).`);
    console.error('Rerun with --refresh (needs apt access to Debian) to fetch the Contents index again.');
    process.exit(1);
  }
  const text = renderGenerated(nativeLibraries, extract);
  if (args.includes('--check')) {
    const current = existsSync(GENERATED_PATH) ? readFileSync(GENERATED_PATH, 'utf8') : '';
    if (current !== text) {
      console.error(`${GENERATED_PATH} is stale: run npx node scripts/debian-lib-packages.ts`);
      process.exit(1);
    }
    console.log(`${GENERATED_PATH} matches ${EXTRACT_PATH}`);
    return;
  }
  writeFileSync(GENERATED_PATH, text);
  console.log(`${GENERATED_PATH}: written`);
}

await main();
