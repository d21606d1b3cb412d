// A local fault-injecting server that speaks enough of the Messages API for the snippet tests.
//
// - POST /v1/messages plays the loaded script: one step per attempt (the last step repeats).
//   Steps: a valid message (JSON, or a full SSE stream when the request has `stream: true`),
//   an API error (exact body shape + `request-id`, `retry-after`, `x-should-retry`, … headers),
//   a 200 stream that fails midway with `event: error`, a dropped connection, a connection cut
//   after the headers of a 200 (half the body sent), a slow response, an error status with a
//   raw (non-JSON) body.
// - Every attempt is recorded: monotonic arrival time, the time the server finished with it
//   (response ended or socket closed), method, path, headers and body.
// - Control API for other languages: POST /__scenario {"responses":[…]} loads a script and
//   clears the record; GET /__attempts returns the record.
// - Run as a program (`node tests/snippets/fault-server.ts`) it prints {"url": …} on one line
//   and serves until stdin closes or it gets SIGTERM; the pytest runner uses it that way.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { FaultStep } from '../../src/schemas/scenario.ts';

/** One HTTP attempt as the server saw it. */
export interface Attempt {
  /** Arrival time (ms, monotonic `performance.now()` of the server process). */
  arrivedAt: number;
  /** When the server was done with the attempt: response finished, or socket closed/destroyed. */
  endedAt: number | null;
  method: string;
  path: string;
  /** Request headers, lower-case names (includes `x-stainless-retry-count`). */
  headers: Record<string, string>;
  /** Parsed JSON body (or the raw text if it is not JSON). */
  body: unknown;
  /** Which step of the script answered it. */
  step: FaultStep['kind'];
  /** The `request-id` the server sent, if it answered. */
  requestId: string | null;
}

/** The text of every successful message the server returns. */
export const MESSAGE_TEXT = 'Hello from the fault server.';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length);
  let out = prefix;
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

function expand(steps: readonly FaultStep[]): FaultStep[] {
  return steps.flatMap((s) => Array.from({ length: s.times ?? 1 }, () => s));
}

/** The `anthropic-ratelimit-*` family, as sent on every response. */
function rateLimitHeaders(limited: boolean): Record<string, string> {
  const reset = new Date(Date.now() + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const h: Record<string, string> = {};
  const families: Array<[string, number]> = [
    ['requests', 50],
    ['tokens', 90_000],
    ['input-tokens', 50_000],
    ['output-tokens', 10_000],
  ];
  for (const [name, limit] of families) {
    h[`anthropic-ratelimit-${name}-limit`] = String(limit);
    h[`anthropic-ratelimit-${name}-remaining`] = String(limited ? 0 : name === 'requests' ? limit - 1 : limit - 1000);
    h[`anthropic-ratelimit-${name}-reset`] = reset;
  }
  return h;
}

function commonHeaders(requestId: string, limited: boolean): Record<string, string> {
  return {
    'request-id': requestId,
    'anthropic-organization-id': '00000000-0000-4000-8000-000000000000',
    ...rateLimitHeaders(limited),
  };
}

function model(body: unknown): string {
  const m = (body as { model?: unknown } | null)?.model;
  return typeof m === 'string' ? m : 'claude-sonnet-5';
}

function messageJson(body: unknown): Record<string, unknown> {
  return {
    id: randomId('msg_01', 22),
    type: 'message',
    role: 'assistant',
    model: model(body),
    content: [{ type: 'text', text: MESSAGE_TEXT }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: {
      input_tokens: 12,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      output_tokens: 8,
      service_tier: 'standard',
    },
  };
}

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The events of a stream up to (not including) the end of the content block. */
function streamHead(body: unknown, words: string[]): string {
  const msg = { ...messageJson(body), content: [], stop_reason: null, usage: { input_tokens: 12, output_tokens: 1 } };
  let out = sse('message_start', { type: 'message_start', message: msg });
  out += sse('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  out += sse('ping', { type: 'ping' });
  for (const w of words) {
    out += sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: w } });
  }
  return out;
}

function streamFull(body: unknown): string {
  const words = MESSAGE_TEXT.split(/(?<= )/);
  return (
    streamHead(body, words) +
    sse('content_block_stop', { type: 'content_block_stop', index: 0 }) +
    sse('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 8 },
    }) +
    sse('message_stop', { type: 'message_stop' })
  );
}

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' };

export class FaultServer {
  #server: Server | null = null;
  #sockets = new Set<Socket>();
  #steps: FaultStep[] = [{ kind: 'message' }];
  #attempts: Attempt[] = [];
  #url = '';

  /** Base URL, e.g. `http://127.0.0.1:43117` (no trailing slash). */
  get url(): string {
    return this.#url;
  }

  /** Loads a script and clears the record. */
  load(steps: readonly FaultStep[]): void {
    if (steps.length === 0) throw new Error('a script needs at least one step');
    this.#steps = expand(steps);
    this.#attempts = [];
  }

  /** The attempts recorded since the last `load`. */
  attempts(): Attempt[] {
    return this.#attempts.map((a) => ({ ...a }));
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        res.destroy(err instanceof Error ? err : new Error(String(err)));
      });
    });
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.#server = server;
    const { port } = server.address() as AddressInfo;
    this.#url = `http://127.0.0.1:${port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // keep the raw text
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';

    if (path === '/__scenario' && req.method === 'POST') {
      this.load((body as { responses: FaultStep[] }).responses);
      res.writeHead(204).end();
      return;
    }
    if (path === '/__attempts' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ attempts: this.#attempts }));
      return;
    }

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }

    if (path !== '/v1/messages' || req.method !== 'POST') {
      const requestId = randomId('req_011C', 20);
      res.writeHead(404, { 'content-type': 'application/json', ...commonHeaders(requestId, false) });
      res.end(
        JSON.stringify({
          type: 'error',
          error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
          request_id: requestId,
        }),
      );
      return;
    }

    const index = this.#attempts.length;
    const step = this.#steps[Math.min(index, this.#steps.length - 1)]!;
    const attempt: Attempt = {
      arrivedAt,
      endedAt: null,
      method: req.method,
      path,
      headers,
      body,
      step: step.kind,
      requestId: null,
    };
    this.#attempts.push(attempt);
    const markEnded = () => {
      attempt.endedAt ??= performance.now();
    };
    res.once('finish', markEnded);
    res.once('close', markEnded);

    const wantsStream = (body as { stream?: unknown } | null)?.stream === true;
    const requestId = randomId('req_011C', 20);

    switch (step.kind) {
      case 'message': {
        attempt.requestId = requestId;
        this.#sendMessage(res, body, wantsStream, requestId);
        return;
      }
      case 'error': {
        attempt.requestId = requestId;
        const extra: Record<string, string> = { ...step.headers };
        if (step.retryAfterDateIn !== undefined) {
          extra['retry-after'] = new Date(Date.now() + step.retryAfterDateIn * 1000).toUTCString();
        }
        res.writeHead(step.status, {
          'content-type': 'application/json',
          ...commonHeaders(requestId, step.status === 429),
          ...extra,
        });
        res.end(JSON.stringify({ type: 'error', error: step.error, request_id: requestId }));
        return;
      }
      case 'raw': {
        attempt.requestId = requestId;
        res.writeHead(step.status, {
          'content-type': 'text/plain; charset=utf-8',
          ...commonHeaders(requestId, false),
          ...step.headers,
        });
        res.end(step.body);
        return;
      }
      case 'stream-error': {
        attempt.requestId = requestId;
        res.writeHead(200, { ...SSE_HEADERS, ...commonHeaders(requestId, false) });
        res.write(streamHead(body, ['Hello ', 'from ']));
        res.end(sse('error', { type: 'error', error: step.error }));
        return;
      }
      case 'drop': {
        req.socket.destroy();
        markEnded();
        return;
      }
      case 'cut-body': {
        // A complete message's headers (content-length included), half its body, then the socket is destroyed.
        attempt.requestId = requestId;
        const full = Buffer.from(wantsStream ? streamFull(body) : JSON.stringify(messageJson(body)));
        res.writeHead(200, {
          ...(wantsStream ? SSE_HEADERS : { 'content-type': 'application/json' }),
          'content-length': String(full.length),
          ...commonHeaders(requestId, false),
          ...step.headers,
        });
        res.write(full.subarray(0, Math.floor(full.length / 2)), () => {
          setTimeout(() => {
            req.socket.destroy();
            markEnded();
          }, 20);
        });
        return;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          if (res.destroyed || res.writableEnded) return;
          attempt.requestId = requestId;
          this.#sendMessage(res, body, wantsStream, requestId);
        }, step.delayMs);
        res.once('close', () => clearTimeout(timer));
        return;
      }
    }
  }

  #sendMessage(res: ServerResponse, body: unknown, wantsStream: boolean, requestId: string): void {
    if (wantsStream) {
      res.writeHead(200, { ...SSE_HEADERS, ...commonHeaders(requestId, false) });
      res.end(streamFull(body));
    } else {
      res.writeHead(200, { 'content-type': 'application/json', ...commonHeaders(requestId, false) });
      res.end(JSON.stringify(messageJson(body)));
    }
  }
}

// Run as a program: print the URL, serve until stdin closes or SIGTERM/SIGINT.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = new FaultServer();
  const url = await server.start();
  process.stdout.write(JSON.stringify({ url }) + '\n');
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.resume();
}
