/**
 * A stand-in for the GitHub REST API on 127.0.0.1: it keeps issue comments in memory, records
 * every request, and can be told to fail the next request of a route once (a 500, or a 403
 * rate-limit answer whose reset is a second away).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  body?: { body?: string };
}

type Failure = '500' | 'rate-limit';

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  comments: { id: number; body: string; user: { login: string; type: string } }[];
  /** Fail the next request whose `METHOD path-prefix` starts with `route`, once. */
  failOnce(route: string, how: Failure): void;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  const comments: FakeGitHub['comments'] = [];
  const failures: { route: string; how: Failure }[] = [];
  let nextId = 1000;
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : undefined;
    const path = req.url ?? '';
    requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, ...(body ? { body } : {}) });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const route = `${req.method} ${path}`;
    const f = failures.findIndex((x) => route.startsWith(x.route));
    if (f >= 0) {
      const [{ how }] = failures.splice(f, 1);
      if (how === '500') return send(500, { message: 'Server Error' });
      return send(403, { message: 'API rate limit exceeded' }, {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      });
    }
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments\?/.exec(path))) return send(200, comments);
    if (req.method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const c = { id: nextId++, body: body.body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return send(201, c);
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = body.body;
      return send(200, c);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    failOnce: (route, how) => failures.push({ route, how }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
