/**
 * Redaction of secret-looking values in text that is about to leave the reader's machine: a share
 * link, a Markdown snippet, a prefilled issue (the triage wizard, and the GitHub Action of issue
 * 15). Pure and linear-time: every pattern starts at a literal or a word boundary and has bounded
 * repeats, so a hostile paste cannot make it slow.
 *
 * What it replaces:
 * - tokens with a known prefix (GitHub, GitLab, Slack, AWS, Google, Stripe, npm, PyPI, OpenAI and
 *   Anthropic, Hugging Face, DigitalOcean) and JSON Web Tokens;
 * - the value of `NAME=value` / `name: value` where the name says key, token, secret, password,
 *   credential or auth;
 * - `Bearer ...` / `Basic ...` credentials;
 * - the user part of URLs with credentials (`https://user:pass@host`);
 * - e-mail addresses;
 * - user names in home directories (`/home/alice`, `/Users/alice`, `C:\Users\alice`);
 * - PEM private key blocks.
 */

export const REDACTED = '<redacted>';

export interface Redaction {
  text: string;
  /** How many values were replaced. */
  count: number;
}

const TOKENS: RegExp[] = [
  /\bgh[opusr]_[A-Za-z0-9]{20,255}/g,
  /\bgithub_pat_\w{20,255}/g,
  /\bglpat-[\w-]{20,255}/g,
  /\bxox[abposr]-[\w-]{10,255}/g,
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g,
  /\bAIza[\w-]{35}/g,
  /\b[rs]k_(?:live|test)_[A-Za-z0-9]{10,255}/g,
  /\bnpm_[A-Za-z0-9]{36}/g,
  /\bpypi-[\w-]{20,255}/g,
  /\bsk-(?:proj-|ant-)?[\w-]{20,255}/g,
  /\bhf_[A-Za-z0-9]{30,255}/g,
  /\bdop_v1_[a-f0-9]{64}/g,
  /\beyJ[\w-]{5,4096}\.eyJ[\w-]{5,4096}\.[\w-]{5,4096}/g,
];

/** `Bearer abc.def`, `Basic dXNlcjpwYXNz`. */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s{1,4})[\w.~+/=-]{8,4096}/gi;

/**
 * The name part of a secret assignment ends in one of these words (case-insensitive), then `=` or
 * `:`. The name itself is found by walking back from the word, which keeps the pattern led by a
 * literal.
 */
const SECRET_NAME = /(?:key|token|secret|passwd|password|passphrase|pwd|credentials?|auth(?:orization)?)([\t ]{0,3}[:=][\t ]{0,3})/gi;
/** Names that look secret but are not (the shell's working directory). */
const NOT_SECRET = new Set(['PWD', 'OLDPWD']);

/** `://user:password@` in a URL. */
const URL_USERINFO = /:\/\/[^\s/@'"<>]{1,512}@/g;

/** The domain of an e-mail address; the local part is found by walking back from the `@`. */
const EMAIL_DOMAIN = /@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}\b/gi;
/** Local parts that name a service, not a person (`git@github.com`). */
const SERVICE_USERS = new Set(['git', 'hg', 'noreply']);

const HOME = /(\/home\/|\/Users\/|\b[A-Za-z]:\\{1,2}Users\\{1,2})([^\s/\\:'"<>]{1,64})/g;
/** Home directory names that identify no one (CI runners, shared folders). */
const NOT_A_USER = new Set(['runner', 'Shared', 'Public', 'Default', 'All Users', '<user>']);

const isNameChar = (c: string | undefined) => c !== undefined && /\w/.test(c);
const isLocalPartChar = (c: string | undefined) => c !== undefined && /[\w.+-]/.test(c);

function replaceAssignments(text: string, count: { n: number }): string {
  let out = '';
  let last = 0;
  SECRET_NAME.lastIndex = 0;
  for (let m = SECRET_NAME.exec(text); m; m = SECRET_NAME.exec(text)) {
    let start = m.index;
    while (start > 0 && isNameChar(text[start - 1])) start--;
    const name = text.slice(start, m.index + m[0].length - m[1].length);
    let valueStart = m.index + m[0].length;
    // `Authorization: Bearer <token>`: the credential is the word after the scheme.
    const scheme = /^(?:Bearer|Basic|Token|Digest)[\t ]{1,4}/i.exec(text.slice(valueStart, valueStart + 12));
    if (scheme) valueStart += scheme[0].length;
    // The value: a quoted string, or a run of non-space characters.
    let end = valueStart;
    const quote = text[valueStart];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, valueStart + 1);
      const newline = text.indexOf('\n', valueStart);
      end = close !== -1 && (newline === -1 || close < newline) ? close + 1 : valueStart;
    } else {
      while (end < text.length && end - valueStart < 4096 && !/[\s'"]/.test(text[end])) end++;
    }
    if (end === valueStart || NOT_SECRET.has(name) || text.slice(valueStart, end) === REDACTED || start < last) continue;
    out += text.slice(last, valueStart) + REDACTED;
    last = end;
    SECRET_NAME.lastIndex = end;
    count.n++;
  }
  return out + text.slice(last);
}

function replaceEmails(text: string, count: { n: number }): string {
  let out = '';
  let last = 0;
  EMAIL_DOMAIN.lastIndex = 0;
  for (let m = EMAIL_DOMAIN.exec(text); m; m = EMAIL_DOMAIN.exec(text)) {
    // Module versions (purego@v0.8.4) end in digits and never match; `@v1.2.3-rc.ab` could, and is kept.
    if (/^@v\d/.test(m[0])) continue;
    let start = m.index;
    while (start > last && m.index - start < 64 && isLocalPartChar(text[start - 1])) start--;
    const local = text.slice(start, m.index);
    if (!local || SERVICE_USERS.has(local)) continue;
    out += `${text.slice(last, start)}<email>`;
    last = m.index + m[0].length;
    count.n++;
  }
  return out + text.slice(last);
}

function replaceHomes(text: string, count: { n: number }): string {
  return text.replace(HOME, (whole, prefix: string, user: string) => {
    if (NOT_A_USER.has(user)) return whole;
    count.n++;
    return `${prefix}<user>`;
  });
}

function replacePrivateKeys(text: string, count: { n: number }): string {
  if (!text.includes('PRIVATE KEY-----')) return text;
  const lines = text.split('\n');
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('PRIVATE KEY-----') && lines[i].includes('-----BEGIN')) {
      inside = !lines[i].includes('-----END');
      lines[i] = REDACTED;
      count.n++;
    } else if (inside) {
      inside = !lines[i].includes('-----END');
      lines[i] = REDACTED;
    }
  }
  return lines.filter((l, i) => !(l === REDACTED && lines[i - 1] === REDACTED)).join('\n');
}

export function redactSecrets(input: string): Redaction {
  const count = { n: 0 };
  let text = replacePrivateKeys(input, count);
  for (const re of TOKENS) {
    text = text.replace(re, () => {
      count.n++;
      return REDACTED;
    });
  }
  text = text.replace(AUTH_SCHEME, (_m, scheme: string, space: string) => {
    count.n++;
    return `${scheme}${space}${REDACTED}`;
  });
  text = replaceAssignments(text, count);
  text = text.replace(URL_USERINFO, () => {
    count.n++;
    return `://${REDACTED}@`;
  });
  text = replaceEmails(text, count);
  text = replaceHomes(text, count);
  return { text, count: count.n };
}
