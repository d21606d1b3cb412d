// One recogniser per paste shape. Each is a small pure function of the paste that returns clues: what
// it saw, where, and what that points at. None of them decides; `weigh.ts` does, from all the clues.
import type { KnownCase, Platform, PlatformError } from './catalogue-index.ts';
import type { Compiled } from './compiled.ts';
import { CLAUDE_PROVIDERS, foreignProviders, GOOGLE_RPC_STATUS, PROVIDER_LINE } from './foreign-providers.ts';
import {
  CONNECTION_SIGNS,
  EXTRA_PLATFORM_MARKS,
  EXTRA_PLATFORM_MESSAGES,
  EXTRA_STATUS_PATTERNS,
  NULL_DETAILS,
  PHRASES,
  PY_CONNECTION_FORMAT,
  SDK_FORMATS,
  STREAM_WRAPPERS,
  type SdkRangeId,
} from './print-shapes.ts';
import { errorCodeHits, hits, keptMatches, runtimeSigns, sseErrorHits, statusHits, type Hit, type StatusContext } from './scan.ts';

/** The recognisers, named after the paste shape each reads. */
export type RecogniserId = 'api-body' | 'status-line' | 'python' | 'node' | 'sse' | 'wrapper' | 'http-gateway' | 'platform' | 'other-provider';

export type ClueStatusContext = StatusContext | 'wrapper' | 'http-client' | 'gateway';

interface ClueBase {
  /** The recogniser that found it. */
  from: RecogniserId;
  /** Offset of the quoted text in the paste. */
  index: number;
  /** The text quoted as evidence, verbatim from the paste. */
  text: string;
}

/** One thing a recogniser saw. */
export type Clue = ClueBase &
  (
    | { kind: 'status'; status: number; context: ClueStatusContext }
    | { kind: 'type'; value: string; known: boolean }
    | { kind: 'class'; value: string; root: 'sdk' | 'foreign' | 'wrapper' }
    | { kind: 'stream'; value: string; strength: 'sure' | 'hint' }
    | { kind: 'platform'; error: PlatformError; inStream: boolean }
    | { kind: 'platform-mark'; platform: Platform }
    | { kind: 'case'; known: KnownCase }
    | { kind: 'example'; slug: string }
    | { kind: 'phrase'; slug: string; knownMessage?: string }
    | { kind: 'connection'; value: string }
    | { kind: 'foreign'; provider: string; label: string; /** Lower ranks name the provider more surely. */ rank: number }
    | { kind: 'claude'; value: string }
    | { kind: 'format'; range: SdkRangeId }
    | { kind: 'short'; slug: string }
  );

/** A view of the paste with whitespace joined, for text a terminal wrapped; `at` maps back to the paste. */
export interface JoinedView {
  text: string;
  at: (index: number) => number;
}

/** The paste as every recogniser reads it. */
export interface Paste {
  text: string;
  /** Text with line breaks and runs of spaces inside words removed (`overload     ed_error`), or null for long pastes. */
  joined: JoinedView | null;
  /** Text with every run of whitespace turned into one space (`CORS requests\nare not allowed`), or null for long pastes. */
  spaced: JoinedView | null;
  c: Compiled;
  /**
   * The end of the paste, where a log puts its final error: the shape recognisers that look for many
   * patterns (wrappers, gateways, other providers, message forms) read only this much of a long paste.
   */
  tail: { text: string; offset: number };
  /** Statuses in the paste (read once, shared by the recognisers). */
  statuses: ReturnType<typeof statusHits>;
  /** Python and Node marks, counted once. */
  signs: { python: number; node: number };
}

/** Pastes longer than this are not re-read with joined whitespace (terminal-wrapped pastes are short). */
const MAX_JOINED = 64 * 1024;
/** How much of the end of a long paste the pattern-heavy recognisers read. */
export const TAIL_CHARS = 96 * 1024;

export function makePaste(text: string, c: Compiled): Paste {
  const short = text.length <= MAX_JOINED;
  const offset = Math.max(0, text.length - TAIL_CHARS);
  return {
    text,
    tail: { text: offset === 0 ? text : text.slice(offset), offset },
    statuses: statusHits(text),
    signs: runtimeSigns(text),
    joined: short ? joinView(text, /([A-Za-z0-9_])(?:[ \t]*\r?\n[ \t]*|[ \t]{2,})(?=[A-Za-z0-9_])/g, '') : null,
    spaced: short ? joinView(text, /(\S)\s{2,}|(\S)\r?\n\s*/g, ' ') : null,
    c,
  };
}

/** Replaces each match's whitespace (after its first captured character) and keeps a map back to the paste. */
function joinView(text: string, pattern: RegExp, filler: string): JoinedView | null {
  const parts: string[] = [];
  const starts: number[] = [];
  const offsets: number[] = [];
  let from = 0;
  let out = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const keep = m.index + 1; // the captured character stays
    parts.push(text.slice(from, keep), filler);
    starts.push(out);
    offsets.push(from);
    out += keep - from + filler.length;
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return null;
  starts.push(out);
  offsets.push(from);
  parts.push(text.slice(from));
  const joined = parts.join('');
  return {
    text: joined,
    at(index: number) {
      // The last chunk that starts at or before `index`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= index) lo = mid;
        else hi = mid - 1;
      }
      return Math.min(text.length, (offsets[lo] ?? 0) + (index - (starts[lo] ?? 0)));
    },
  };
}

/** A hit found in a joined view, quoted from the paste itself. */
function fromView(view: JoinedView, original: string, hit: { index: number; text: string }): { index: number; text: string } {
  const start = view.at(hit.index);
  const end = view.at(hit.index + hit.text.length - 1) + 1;
  return { index: start, text: original.slice(start, end) };
}

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

/** The first match of a pattern in the tail of the paste, with its offset in the whole paste. */
function inTail(p: Paste, pattern: RegExp): { index: number; text: string; m: RegExpExecArray } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(p.tail.text);
  pattern.lastIndex = 0;
  return m ? { index: m.index + p.tail.offset, text: m[0], m } : null;
}

/** Every match of a global pattern in the tail, with offsets in the whole paste. */
function hitsInTail(p: Paste, pattern: RegExp): Hit<string>[] {
  return hits(pattern, p.tail.text).map((h) => ({ ...h, index: h.index + p.tail.offset }));
}

/** The top-level `"type": "error"` of an API error body, in JSON, a Python repr, Node's inspect output or an escaped log line. */
const ERROR_ENVELOPE = /(?:^|[^\w-])\\?['"]?type\\?['"]?[ \t]*:[ \t]*\\?['"]error\\?['"]/;
/** A catalogue type as the value of a `code` field (`'code': 'rate_limit_error'`). */
const CODE_TYPE = /(?:^|[^\w-])['"]code['"][ \t]*:[ \t]*['"]([a-z]+(?:_[a-z]+){0,6}_error)['"]/g;
/** An `error.type`-like value the catalogue does not know: `something_error` in a `type` field. */
const UNKNOWN_TYPE = /(?:^|[^\w-])['"]?type['"]?[ \t]*[:=][ \t]*['"]([a-z]+(?:_[a-z]+){0,6}_error)['"]/g;

// ---------------------------------------------------------------------------------------------------
// API body: `{"type":"error","error":{"type":…,"message":…}}` in any quoting, and the cases inside it.

export function apiBody(p: Paste, knownCases: readonly KnownCase[]): Clue[] {
  const clues: Clue[] = [];
  const types = hits(p.c.typePattern, p.text);
  for (const h of types) clues.push({ from: 'api-body', kind: 'type', value: h.value, known: true, index: h.index, text: h.text });
  if (types.length === 0 && p.joined) {
    // A type a terminal broke across lines or padded with spaces.
    for (const h of hits(p.c.typePattern, p.joined.text)) {
      const at = fromView(p.joined, p.text, h);
      clues.push({ from: 'api-body', kind: 'type', value: h.value, known: true, ...at });
    }
  }
  // Claude's OpenAI-compatible endpoint puts the Claude type in `code` and a generic
  // `invalid_request_error` in `type`: the code is the one that tells the entry.
  const coded = hits(CODE_TYPE, p.text).filter((h) => p.c.entryByType.has(h.value) && h.value !== 'invalid_request_error');
  if (coded.length > 0) {
    for (let i = clues.length - 1; i >= 0; i--) {
      const clue = clues[i];
      if (clue?.kind === 'type' && clue.value === 'invalid_request_error') clues.splice(i, 1);
    }
  }
  for (const h of hits(UNKNOWN_TYPE, p.text)) {
    if (!p.c.entryByType.has(h.value)) clues.push({ from: 'api-body', kind: 'type', value: h.value, known: false, index: h.index, text: h.text });
  }
  const envelope = ERROR_ENVELOPE.exec(p.text);
  if (envelope) clues.push({ from: 'api-body', kind: 'claude', value: 'error envelope', index: envelope.index, text: envelope[0].trim() });
  const details = NULL_DETAILS.exec(p.text);
  if (details) clues.push({ from: 'api-body', kind: 'stream', value: 'details: null', strength: 'hint', index: details.index, text: details[0] });

  const known = findCase(knownCases, last(errorCodeHits(p.text)), p);
  if (known) clues.push({ from: 'api-body', kind: 'case', known: known.known, index: known.hit.index, text: known.hit.text });
  return clues;
}

/** A known case by its error code, else by the TypeScript class picked for it, else by how its message begins. */
function findCase(cases: readonly KnownCase[], errorCode: Hit<string> | undefined, p: Paste): { known: KnownCase; hit: { index: number; text: string } } | undefined {
  const byCode = errorCode ? cases.find((k) => k.errorCode === errorCode.value) : undefined;
  if (byCode && errorCode) return { known: byCode, hit: errorCode };
  for (const known of cases) {
    if (!known.typescriptClass) continue;
    const at = p.text.search(new RegExp(`(?<![\\w.])${known.typescriptClass}\\b`));
    if (at !== -1) return { known, hit: { index: at, text: known.typescriptClass } };
  }
  for (const known of cases) {
    for (const start of known.messageStarts ?? []) {
      const at = p.text.indexOf(start);
      if (at !== -1) return { known, hit: { index: at, text: start } };
      // A message the terminal wrapped over two lines.
      const spacedAt = p.spaced?.text.indexOf(start) ?? -1;
      if (p.spaced && spacedAt !== -1) return { known, hit: fromView(p.spaced, p.text, { index: spacedAt, text: start }) };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// HTTP status lines: `HTTP/1.1 429`, `status: 429`, `Status Code: 403`, `404 Not Found`, `Forbidden (403)`, a bare `529`.

/** A short paste that is only codes: `529`, `HTTP 529`, `429 rate_limit_error`. */
const SHORT_PASTE = /^[\s"'`]*(?:HTTP[ /]?(?:\d(?:\.\d)?)?[ \t]*)?(\d{3})(?![\d.])/;

export function httpStatusLine(p: Paste): Clue[] {
  const clues: Clue[] = [];
  for (const h of p.statuses) {
    if (h.context === 'sdk-message') continue; // the SDK recognisers read those
    clues.push({ from: 'status-line', kind: 'status', status: h.value, context: h.context, index: h.index, text: h.text });
  }
  for (const [context, pattern] of EXTRA_STATUS_PATTERNS) {
    if (context !== 'status-line' && context !== 'wrapper') continue;
    for (const h of hitsInTail(p, pattern)) {
      clues.push({ from: context === 'wrapper' ? 'wrapper' : 'status-line', kind: 'status', status: Number(h.value), context, index: h.index, text: h.text });
    }
  }
  const short = shortPaste(p);
  if (short) clues.push({ from: 'status-line', kind: 'short', slug: short.slug, index: short.index, text: short.text });
  return clues;
}

/** A paste that is only a code (`529`, `HTTP 529`, `429 Too Many Requests`) names the entry with that status. */
function shortPaste(p: Paste): { slug: string; index: number; text: string } | undefined {
  if (p.text.length > 4096) return undefined;
  const trimmed = p.text.trim();
  if (trimmed.length > 64) return undefined;
  const m = SHORT_PASTE.exec(trimmed);
  const code = m?.[1];
  const entry = code ? p.c.entryByStatus.get(Number(code)) : undefined;
  if (!m || !entry || !code) return undefined;
  // What follows the code must be its type or an HTTP reason phrase, so "429 shipped today" is no match.
  const rest = trimmed.slice(m[0].length).trim();
  if (!(rest === '' || rest === entry.type || /^[A-Z][a-z]*(?: [A-Z][a-z]*){0,3}$/.test(rest))) return undefined;
  return { slug: entry.slug, index: p.text.indexOf(code), text: code };
}

// ---------------------------------------------------------------------------------------------------
// SDK prints: Python tracebacks and `str(e)`, Node's print of the TypeScript error.

export function pythonTraceback(p: Paste, sdkClasses: Clue[], examples: Clue[]): Clue[] {
  const clues: Clue[] = [];
  const signs = p.signs;
  for (const h of p.statuses) {
    // `Error code: 429 - {…}` is Python's; other `…Error: 429` messages are read by the Node recogniser.
    if (h.context !== 'sdk-message' || !/Error code:[ \t]*$/.test(p.text.slice(Math.max(0, h.index - 14), h.index))) continue;
    clues.push({ from: 'python', kind: 'status', status: h.value, context: h.context, index: h.index, text: h.text });
  }
  const pyFormat = SDK_FORMATS.find((f) => f.range === 'py-1x-or-earlier');
  const format = pyFormat ? inTail(p, pyFormat.pattern) : null;
  if (format) clues.push({ from: 'python', kind: 'format', range: 'py-1x-or-earlier', index: format.index, text: format.text });
  const connection = inTail(p, PY_CONNECTION_FORMAT);
  if (connection && signs.python >= signs.node) {
    clues.push({ from: 'python', kind: 'format', range: 'py-connection-before-2.17', index: connection.index, text: connection.text });
  }
  if (signs.python > signs.node) clues.push(...sdkClasses.map((k) => ({ ...k, from: 'python' as const })));
  clues.push(...examples.filter((e) => e.from === 'python'));
  return clues;
}

/** `status: undefined` in Node's inspect output of the TypeScript error: an error inside a stream. */
const UNDEFINED_STATUS = /\bstatus:[ \t]*undefined\b/;

export function nodePrint(p: Paste, sdkClasses: Clue[], examples: Clue[], midStreamClasses: ReadonlySet<string>): Clue[] {
  const clues: Clue[] = [];
  const signs = p.signs;
  for (const h of p.statuses) {
    if (h.context !== 'sdk-message' || /Error code:[ \t]*$/.test(p.text.slice(Math.max(0, h.index - 14), h.index))) continue;
    clues.push({ from: 'node', kind: 'status', status: h.value, context: h.context, index: h.index, text: h.text });
  }
  let formatFound = false;
  for (const f of SDK_FORMATS) {
    if (f.range === 'py-1x-or-earlier' || formatFound) continue;
    const m = inTail(p, f.pattern);
    if (!m) continue;
    // `APIConnectionError: Connection error.` is Python's too; Python signs decide.
    if (f.range === 'ts-connection-error' && signs.python > signs.node) continue;
    clues.push({ from: 'node', kind: 'format', range: f.range, index: m.index, text: m.text.slice(0, 160) });
    formatFound = true;
  }
  if (signs.python <= signs.node) clues.push(...sdkClasses.map((k) => ({ ...k, from: 'node' as const })));
  clues.push(...examples.filter((e) => e.from === 'node'));

  // The stream's class with the body, or (1.17.0) the API's message without a status, as its message.
  for (const k of sdkClasses) {
    if (k.kind !== 'class' || !midStreamClasses.has(k.value)) continue;
    const after = p.text.slice(k.index + k.value.length, k.index + k.value.length + 400);
    const body = /^:[ \t]*[{[]/.exec(after);
    const newFormat = /^: (?!\d{3} )[^\n{(]{1,300}\(request_id: /.exec(after);
    if (body || newFormat) {
      const text = `${k.value}${(body ?? newFormat)?.[0] ?? ''}`.slice(0, 80);
      clues.push({ from: signs.python > signs.node ? 'python' : 'node', kind: 'stream', value: k.value, strength: 'sure', index: k.index, text });
    }
  }
  const undefinedStatus = UNDEFINED_STATUS.exec(p.text);
  if (undefinedStatus) clues.push({ from: 'node', kind: 'stream', value: 'status: undefined', strength: 'hint', index: undefinedStatus.index, text: undefinedStatus[0] });
  return clues;
}

// ---------------------------------------------------------------------------------------------------
// Server-sent events: `event: error` and its `data:` line, recorded frames, SSE data lines.

export function sseLine(p: Paste): Clue[] {
  const clues: Clue[] = [];
  const sse = last(sseErrorHits(p.text));
  if (sse) clues.push({ from: 'sse', kind: 'stream', value: 'event: error', strength: 'sure', index: sse.index, text: sse.text.split('\n')[0] ?? '' });
  for (const pattern of STREAM_WRAPPERS.slice(3)) {
    const m = inTail(p, pattern);
    if (m) clues.push({ from: 'sse', kind: 'stream', value: m.text.trim().slice(0, 40), strength: 'sure', index: m.index + (m.text.length - m.text.trimStart().length), text: m.text.trim() });
  }
  return clues;
}

// ---------------------------------------------------------------------------------------------------
// Wrappers and agents: Claude Code, LiteLLM, the Vercel AI SDK, Continue, aider.

/** Exception classes of the wrappers themselves (`litellm.InternalServerError`): not the SDK's, so no SDK retry. */
const WRAPPER_ROOTS = /^(?:litellm|langchain\w*|llama_index|aider|openhands|crewai|pydantic_ai|instructor|dspy)$/i;

export function wrapperPrint(p: Paste): Clue[] {
  const clues: Clue[] = [];
  for (const { slug, pattern, knownMessage } of PHRASES) {
    const direct = inTail(p, pattern);
    const spaced = !direct && p.spaced ? pattern.exec(p.spaced.text) : null;
    const at = direct ? { index: direct.index, text: direct.text } : spaced && p.spaced ? fromView(p.spaced, p.text, { index: spaced.index, text: spaced[0] }) : null;
    if (at) clues.push({ from: 'wrapper', kind: 'phrase', slug, ...(knownMessage ? { knownMessage } : {}), ...at });
  }
  for (const pattern of STREAM_WRAPPERS.slice(0, 3)) {
    const m = inTail(p, pattern);
    if (m) clues.push({ from: 'wrapper', kind: 'stream', value: m.text.slice(0, 40), strength: 'sure', index: m.index, text: m.text });
  }
  return clues;
}

// ---------------------------------------------------------------------------------------------------
// HTTP clients and gateways: httpx, HTML error pages of CDNs and proxies, and failures below HTTP.

export function httpClientGateway(p: Paste): Clue[] {
  const clues: Clue[] = [];
  for (const [context, pattern] of EXTRA_STATUS_PATTERNS) {
    if (context !== 'http-client' && context !== 'gateway') continue;
    for (const h of hitsInTail(p, pattern)) clues.push({ from: 'http-gateway', kind: 'status', status: Number(h.value), context, index: h.index, text: h.text });
  }
  for (const { value, pattern } of CONNECTION_SIGNS) {
    const m = inTail(p, pattern);
    if (m) clues.push({ from: 'http-gateway', kind: 'connection', value, index: m.index, text: m.text });
  }
  return clues;
}

// ---------------------------------------------------------------------------------------------------
// Platforms: Amazon Bedrock and Google Vertex AI names, messages and markers.

export function platformMessage(p: Paste, bedrockStreamValueError: string): Clue[] {
  const clues: Clue[] = [];
  const markers = platformMarks(p);
  for (const [platform, hit] of markers) clues.push({ from: 'platform', kind: 'platform-mark', platform, index: hit.index, text: hit.text });
  const marked = (platform: Platform) => markers.some(([q]) => q === platform);
  for (const hit of hits(p.c.platformPattern, p.text)) {
    const known = p.c.platformByName.get(hit.value);
    if (!known) continue;
    if (!known.inStream && known.error.shared && !marked(known.error.platform)) continue;
    clues.push({ from: 'platform', kind: 'platform', error: known.error, inStream: known.inStream, index: hit.index, text: hit.text });
  }
  for (const { message, error } of p.c.platformMessages) {
    const at = p.text.lastIndexOf(message);
    if (at !== -1) clues.push({ from: 'platform', kind: 'platform', error, inStream: false, index: at, text: message });
  }
  for (const extra of EXTRA_PLATFORM_MESSAGES) {
    const m = inTail(p, extra.pattern);
    const error = p.c.platformErrors.find((e) => e.platform === extra.platform && e.name === extra.name);
    if (m && error) clues.push({ from: 'platform', kind: 'platform', error, inStream: false, index: m.index, text: m.text });
  }
  const valueError = p.text.lastIndexOf(bedrockStreamValueError);
  if (valueError !== -1) {
    clues.push({ from: 'platform', kind: 'stream', value: bedrockStreamValueError, strength: 'sure', index: valueError, text: bedrockStreamValueError });
  }
  return clues.sort((a, b) => a.index - b.index);
}

/** The platforms the paste names, with where it first names each. */
export function platformMarks(p: Paste): Array<[Platform, { index: number; text: string }]> {
  const found: Array<[Platform, { index: number; text: string }]> = [];
  for (const platform of ['bedrock', 'vertex'] as const) {
    const pattern = p.c.markerPatterns[platform];
    pattern.lastIndex = 0;
    const m = pattern.exec(p.text);
    pattern.lastIndex = 0;
    if (m) {
      found.push([platform, { index: m.index, text: m[0] }]);
      continue;
    }
    for (const extra of EXTRA_PLATFORM_MARKS[platform]) {
      const hit = inTail(p, extra);
      if (hit) {
        found.push([platform, { index: hit.index, text: hit.text }]);
        break;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Other providers, and the signs that a paste is Claude's.

/** Another provider's SDK in a Node stack. */
const FOREIGN_NODE = /node_modules\/(openai|groq-sdk|@mistralai|@google\/genai|@google\/generative-ai|cohere-ai)\//;
/** Python packages of other providers, as the root of a qualified exception. */
const FOREIGN_ROOTS: Record<string, string> = { openai: 'openai', groq: 'groq', mistralai: 'mistral', cohere: 'cohere', together: 'together', google: 'google' };
const CLAUDE_WORDS = /anthropic|\bclaude\b|\bclaude-[\w.-]{1,40}/i;
const REQUEST_ID = /\breq_[A-Za-z0-9]{8,64}\b/;

export function otherProvider(p: Paste, classClues: readonly Clue[]): Clue[] {
  const clues: Clue[] = [];
  const claude = inTail(p, CLAUDE_WORDS);
  if (claude) clues.push({ from: 'other-provider', kind: 'claude', value: claude.text, index: claude.index, text: claude.text });
  const requestId = inTail(p, REQUEST_ID);
  if (requestId) clues.push({ from: 'other-provider', kind: 'claude', value: 'request id', index: requestId.index, text: requestId.text });

  for (const [rank, provider] of foreignProviders.entries()) {
    for (const mark of provider.marks) {
      const m = inTail(p, mark);
      if (!m) continue;
      clues.push({ from: 'other-provider', kind: 'foreign', provider: provider.id, label: provider.label, rank: rank + 1, index: m.index, text: m.text });
      break;
    }
  }
  const lineHit = inTail(p, PROVIDER_LINE);
  const line = lineHit ? Object.assign(lineHit.m, { index: lineHit.index }) : null;
  const named = line?.[1]?.toLowerCase();
  if (line && named && !CLAUDE_PROVIDERS.has(named)) {
    const known = foreignProviders.find((f) => f.id === named);
    clues.push({ from: 'other-provider', kind: 'foreign', provider: known?.id ?? named, label: known?.label ?? line[1] ?? named, rank: 0, index: line.index, text: line[0].trim() });
  }
  const nodeHit = inTail(p, FOREIGN_NODE);
  const node = nodeHit ? Object.assign(nodeHit.m, { index: nodeHit.index }) : null;
  if (node) {
    const id = node[1]?.startsWith('@google') ? 'google' : (node[1] ?? '').replace(/^@|-sdk$|-ai$/g, '').replace('mistralai', 'mistral');
    const known = foreignProviders.find((f) => f.id === id);
    clues.push({ from: 'other-provider', kind: 'foreign', provider: id, label: known?.label ?? id, rank: 50, index: node.index, text: node[0] });
  }
  for (const k of classClues) {
    if (k.kind !== 'class' || k.root !== 'foreign') continue;
    const root = moduleRoot(p.text, k.index)?.toLowerCase() ?? '';
    const id = FOREIGN_ROOTS[root];
    if (!id) continue;
    const known = foreignProviders.find((f) => f.id === id);
    clues.push({ from: 'other-provider', kind: 'foreign', provider: id, label: known?.label ?? id, rank: 50, index: k.index, text: k.text });
  }
  const rpc = inTail(p, GOOGLE_RPC_STATUS);
  if (rpc) {
    const google = foreignProviders.find((f) => f.id === 'google');
    clues.push({ from: 'other-provider', kind: 'foreign', provider: 'google-rpc', label: google?.label ?? 'Google', rank: 99, index: rpc.index, text: rpc.text });
  }
  return clues;
}

// ---------------------------------------------------------------------------------------------------
// Exception classes, shared by the two SDK recognisers.

/** Exception classes of the SDKs where the text names one as an exception (not `APIError.generate` in a stack frame). */
export function exceptionClasses(p: Paste): Clue[] {
  const clues: Clue[] = [];
  for (const hit of hits(p.c.classPattern, p.text)) {
    const end = hit.index + hit.value.length;
    // `APIError.generate (…)` in a stack frame names a method, not the exception.
    if (/^\.\w/.test(p.text.slice(end, end + 2))) continue;
    // `anthropic.RateLimitError`, `Anthropic.RateLimitError` are the SDK's; `openai.RateLimitError` another
    // provider's; `litellm.InternalServerError` the wrapper's own.
    const root = moduleRoot(p.text, hit.index);
    const kind = root === undefined || root.toLowerCase().startsWith('anthropic') ? 'sdk' : WRAPPER_ROOTS.test(root) ? 'wrapper' : 'foreign';
    clues.push({ from: 'node', kind: 'class', value: hit.value, root: kind, index: hit.index, text: hit.text });
  }
  return clues;
}

/** The first segment of a dotted module path right before `at` (`anthropic` in `anthropic._exceptions.X`), if any. */
export function moduleRoot(text: string, at: number): string | undefined {
  if (text.charCodeAt(at - 1) !== 46 /* . */) return undefined;
  let start = at - 1;
  while (start > 0 && at - start < 80 && /[\w.]/.test(text.charAt(start - 1))) start--;
  const root = text.slice(start, at - 1).split('.')[0] ?? '';
  return /^[A-Za-z_]\w*$/.test(root) ? root : undefined;
}

/** Exception lines of the registry's examples that the paste contains, last one last. */
export function exampleLines(p: Paste, lines: ReadonlyArray<{ sdk: 'python' | 'typescript'; text: string; slug: string }>): Clue[] {
  let found: Clue | undefined;
  for (const line of lines) {
    const at = p.text.lastIndexOf(line.text);
    if (at !== -1 && (!found || at > found.index)) found = { from: line.sdk === 'python' ? 'python' : 'node', kind: 'example', slug: line.slug, index: at, text: line.text };
  }
  return found ? [found] : [];
}

/** Request IDs in a joined view, for one a terminal broke in two. */
export function joinedRequestId(p: Paste): string | null {
  if (!p.joined) return null;
  const ids = keptMatches(/(?:request_id|request-id|requestID)['"]?[ \t]*[:=][ \t]*['"]?(req_[A-Za-z0-9]{8,64})/g, p.joined.text, (m) => m[1]);
  return last(ids) ?? null;
}
