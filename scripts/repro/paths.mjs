// Where the lab keeps its inputs and its cache. The cache (toolchains unpacked from Debian
// packages, the private apt state, the shared GOCACHE) is gitignored and can be shared by several
// checkouts through REPRO_CACHE.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPRO = path.join(ROOT, 'repro');
export const MANIFEST_FILE = path.join(REPRO, 'toolchains.json');
export const FIXTURES_FILE = path.join(REPRO, 'fixtures.json');
export const VERIFIED_FILE = path.join(REPRO, 'verified-fixes.json');

export const CACHE = path.resolve(process.env.REPRO_CACHE || path.join(ROOT, '.cache', 'repro'));
/** `dpkg -x` target: toolchains end up in `<CACHE>/root/usr/lib/go-1.NN/`. */
export const CACHE_ROOT = path.join(CACHE, 'root');
export const CACHE_APT = path.join(CACHE, 'apt');
export const CACHE_DEBS = path.join(CACHE, 'debs');
/** One GOCACHE for every case: cache keys include the toolchain's identity, so toolchains never mix. */
export const CACHE_GOCACHE = path.join(CACHE, 'gocache');
