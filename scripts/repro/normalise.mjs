// Replace the volatile parts of captured output with stable placeholders. Deliberately does NOT
// touch versions, symbol names, error numbers or file names. The table in repro/README.md lists
// every rule.

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @param {string} text
 * @param {{ tmp: string[], cacheRoot: string[], gocache: string[] }} paths  each path in every
 *   spelling it can appear in (as given and resolved)
 */
export function normalise(text, { tmp = [], cacheRoot = [], gocache = [] } = {}) {
  let t = text.replace(/\r\n/g, '\n');
  const replaceAll = (list, by) => {
    for (const p of [...new Set(list)].sort((a, b) => b.length - a.length)) t = t.replace(new RegExp(escapeRe(p), 'g'), by);
  };
  replaceAll(tmp, '$TMP');
  replaceAll(gocache, '$GOCACHE');
  // Toolchains unpacked into the cache print their GOROOT in traces and tool paths; show it where
  // the Debian package installs it (`<cache>/root/usr/lib/go-1.27/...` -> `/usr/lib/go-1.27/...`).
  replaceAll(cacheRoot.map((p) => `${p}/usr/`), '/usr/');
  t = t
    .replace(/\$TMP\/\.tmp\/go-build\d+/g, '$WORK') // go command work dir (GOTMPDIR)
    .replace(/\/tmp\/go-build\d+/g, '$WORK')
    .replace(/\$TMP\/\.tmp\/go-link-\d+/g, '$LINKTMP') // cmd/link temp dir (TMPDIR)
    .replace(/\/tmp\/go-link-\d+/g, '$LINKTMP')
    .replace(/(^|[\s'"=])\.tmp\/go-link-\d+/gm, '$1$LINKTMP') // relative form (c-shared links run in $TMP)
    .replace(/\$TMP\/\.tmp\/cc[A-Za-z0-9]{6}\b/g, '$TMP/.tmp/ccXXXXXX') // gcc temp files
    .replace(/0x[0-9a-fA-F]+/g, '0xADDR') // addresses, pc offsets
    .replace(/\bgoroutine \d+/g, 'goroutine N')
    .replace(/\bgp=0xADDR m=\d+/g, 'gp=0xADDR m=N')
    .replace(/\b(pid|PID)([=: ]+)\d+/g, '$1$2PID')
    .replace(/\b\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\b/g, 'YYYY/MM/DD hh:mm:ss') // log timestamps
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?/g, 'YYYY-MM-DDThh:mm:ss')
    .replace(/-buildid=\S+/g, '-buildid=BUILDID')
    .replace(/(\t)\d+\.\d+s$/gm, '$1N.NNNs'); // go test durations
  // A runtime throw dumps every goroutine; the background ones (finalizer, GC workers) change
  // state from run to run, so only the running goroutine's stack is kept.
  t = t
    .split('\n\n')
    .filter((block) => !/^goroutine N [^\n[]*\[(?!running)[^\]\n]*\]:/.test(block))
    .join('\n\n');
  return t;
}
