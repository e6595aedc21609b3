/**
 * Windows forms of a simple `sh` command, for the Windows tab of a fix: `CGO_ENABLED=0 go build
 * -o app .` becomes `$env:CGO_ENABLED = '0'` + `go build -o app .` in PowerShell and `set
 * CGO_ENABLED=0` + the command in cmd.exe. Only commands made of plain words, quoted strings and
 * leading `NAME=value` assignments are converted; anything with pipes, substitutions, globs or
 * redirections gives `undefined`, and the page shows the `sh` block as written. So are commands
 * that run anything but `go` or `git`: `ldd`, `objdump`, `apt-get`... do not exist on Windows (or
 * are other programs there), and a generated form of them would be a wrong command.
 */

/** Programs that exist on Windows under the same name and read their arguments the same way. */
const WINDOWS_PROGRAMS = new Set(['go', 'git']);

interface Line {
  comment?: string;
  env: [string, string][];
  args: string[];
}

// A word of a simple command: bare characters, '...' or "..." without expansions.
const SAFE_BARE = /^[\w./:=,@%+-]+$/;
const ASSIGNMENT = /^([a-z_]\w*)=(.*)$/is;

/** Split a line into words, or undefined if it uses anything beyond plain words and quotes. */
function words(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ' || line[i] === '\t') {
      i++;
      continue;
    }
    let word = '';
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') {
      const c = line[i];
      if (c === "'" || c === '"') {
        const end = line.indexOf(c, i + 1);
        if (end === -1) return undefined;
        const inner = line.slice(i + 1, end);
        if (c === '"' && /[$`\\!]/.test(inner)) return undefined;
        word += inner;
        i = end + 1;
      } else {
        if (!SAFE_BARE.test(c)) return undefined;
        word += c;
        i++;
      }
    }
    out.push(word);
  }
  return out;
}

function parse(code: string): Line[] | undefined {
  const lines: Line[] = [];
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      lines.push({ comment: line.slice(1).trim(), env: [], args: [] });
      continue;
    }
    const w = words(line);
    if (!w) return undefined;
    const env: [string, string][] = [];
    while (w.length && ASSIGNMENT.test(w[0])) {
      const m = ASSIGNMENT.exec(w.shift()!)!;
      env.push([m[1], m[2]]);
    }
    // A bare assignment sets a shell variable, and `export`, `cd`, `sudo`... do not translate word for word.
    if (!w.length || !WINDOWS_PROGRAMS.has(w[0])) return undefined;
    lines.push({ env, args: w });
  }
  return lines.some((l) => l.args.length) ? lines : undefined;
}

/** PowerShell passes plain words through; anything else goes in single quotes (`'` doubled). */
function psWord(word: string): string | undefined {
  if (word.includes('"')) return undefined; // embedded double quotes reach native programs mangled in Windows PowerShell 5.1
  // A flag with `=`, `.` or `:` in it is quoted too: Windows PowerShell splits `-X=a.b` at the dot.
  return /^[\w./][\w./-]*$|^-[\w-]+$/.test(word) ? word : `'${word.replace(/'/g, "''")}'`;
}

/** cmd.exe: words with spaces go in double quotes; cmd's own metacharacters are not attempted. */
function cmdWord(word: string): string | undefined {
  if (/["%^&|<>!]/.test(word)) return undefined;
  return /\s/.test(word) ? `"${word}"` : word;
}

export interface WindowsForms {
  powershell: string;
  cmd?: string;
  /** True when the command sets environment variables (they stay set in that terminal). */
  setsEnv: boolean;
}

export function windowsForms(code: string): WindowsForms | undefined {
  const lines = parse(code);
  if (!lines) return undefined;
  const ps: string[] = [];
  const cmd: string[] = [];
  let cmdOk = true;
  for (const l of lines) {
    if (l.comment !== undefined) {
      ps.push(`# ${l.comment}`);
      cmd.push(`rem ${l.comment}`);
      continue;
    }
    for (const [name, value] of l.env) {
      ps.push(`$env:${name} = '${value.replace(/'/g, "''")}'`);
      if (cmdWord(value) === undefined) cmdOk = false;
      cmd.push(/\s/.test(value) ? `set "${name}=${value}"` : `set ${name}=${value}`);
    }
    const psArgs = l.args.map(psWord);
    if (psArgs.includes(undefined)) return undefined;
    ps.push(psArgs.join(' '));
    const cmdArgs = l.args.map(cmdWord);
    if (cmdArgs.includes(undefined)) cmdOk = false;
    else cmd.push(cmdArgs.join(' '));
  }
  const setsEnv = lines.some((l) => l.env.length > 0);
  return { powershell: ps.join('\n'), ...(cmdOk ? { cmd: cmd.join('\n') } : {}), setsEnv };
}
