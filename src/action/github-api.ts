/**
 * The few REST calls the issue bot makes, over plain `fetch`. A 5xx or a network error is retried
 * (three more tries, backing off); a rate-limit answer (403/429 with `x-ratelimit-remaining: 0`
 * or `retry-after`) waits for the reset when that is under a minute, and otherwise fails with the
 * time the limit resets, instead of hammering the API.
 */
export interface ApiOptions {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** First retry delay; doubles each time. */
  retryBaseMs?: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const MAX_RETRIES = 3;
const MAX_RATE_WAIT_MS = 60_000;

/** How long a rate-limit answer asks to wait, or undefined when it is not one. */
export function rateLimitWait(res: Pick<Response, 'status' | 'headers'>, now = Date.now()): number | undefined {
  if (res.status !== 403 && res.status !== 429) return undefined;
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  if (res.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) + 1000 : MAX_RATE_WAIT_MS + 1;
  }
  return res.status === 429 ? 60_000 : undefined;
}

export function githubApi(opts: ApiOptions) {
  const doFetch = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const log = opts.log ?? (() => {});
  const base = opts.apiUrl.replace(/\/$/, '');

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let retries = 0;
    for (;;) {
      let res: Response;
      try {
        res = await doFetch(`${base}${path}`, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${opts.token}`,
            'user-agent': 'go-native-errors-action',
            'x-github-api-version': '2022-11-28',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (err) {
        if (retries++ < MAX_RETRIES) {
          log(`${method} ${path}: ${(err as Error).message}; retrying`);
          await sleep((opts.retryBaseMs ?? 1000) * 2 ** (retries - 1));
          continue;
        }
        throw new ApiError(`${method} ${path}: ${(err as Error).message}`);
      }
      if (res.ok) return (res.status === 204 ? undefined : await res.json()) as T;
      const wait = rateLimitWait(res);
      if (wait !== undefined) {
        if (wait > MAX_RATE_WAIT_MS || retries++ >= MAX_RETRIES) {
          const reset = res.headers.get('x-ratelimit-reset');
          throw new ApiError(
            `${method} ${path}: GitHub API rate limit (HTTP ${res.status})${reset ? `, resets at ${new Date(Number(reset) * 1000).toISOString()}` : ''}`,
            res.status,
          );
        }
        log(`${method} ${path}: rate limited (HTTP ${res.status}); waiting ${Math.ceil(wait / 1000)} s`);
        await sleep(wait);
        continue;
      }
      if (res.status >= 500 && retries++ < MAX_RETRIES) {
        log(`${method} ${path}: HTTP ${res.status}; retrying`);
        await sleep((opts.retryBaseMs ?? 1000) * 2 ** (retries - 1));
        continue;
      }
      const text = await res.text().catch(() => '');
      throw new ApiError(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`, res.status);
    }
  }

  return {
    request,
    /** Every comment of an issue (all pages). */
    async listComments(repo: string, issue: number): Promise<{ id: number; body?: string; user?: { type?: string } }[]> {
      const all = [];
      for (let page = 1; page < 50; page++) {
        const batch = await request<{ id: number; body?: string }[]>('GET', `/repos/${repo}/issues/${issue}/comments?per_page=100&page=${page}`);
        all.push(...batch);
        if (batch.length < 100) break;
      }
      return all;
    },
    createComment: (repo: string, issue: number, body: string) =>
      request<{ id: number }>('POST', `/repos/${repo}/issues/${issue}/comments`, { body }),
    updateComment: (repo: string, id: number, body: string) =>
      request<{ id: number }>('PATCH', `/repos/${repo}/issues/comments/${id}`, { body }),
  };
}
