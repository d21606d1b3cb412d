// The paste decoder: turns an error body, an HTTP response, an SDK traceback, a stream's `event: error`,
// a wrapper's or a gateway's print, or a Bedrock / Vertex AI message into the catalogue entry it is, the
// reason, and what to do; or says it is another provider's error, or that the paste is too thin to tell.
//
// Pure: no DOM, no Astro; everything it knows comes from the DecoderIndex (the registry and the fact
// modules) and the print shapes beside this file. The recognisers (recognisers.ts) each read one paste
// shape and return clues; weigh.ts decides. Runs in linear time in the length of the paste.
import type { Verdict } from '../../schemas/error-entry.ts';
import type { ErrorSectionId } from '../sections.ts';
import type { DecoderIndex, KnownCase, Platform, Sdk } from './catalogue-index.ts';
import { compile } from './compiled.ts';
import { sdkRangeFacts, type SdkRangeId } from './print-shapes.ts';
import { inRange } from '../version-range.ts';
import {
  apiBody,
  exampleLines,
  exceptionClasses,
  httpClientGateway,
  httpStatusLine,
  joinedRequestId,
  makePaste,
  nodePrint,
  otherProvider,
  platformMessage,
  pythonTraceback,
  sseLine,
  wrapperPrint,
  type Clue,
  type RecogniserId,
} from './recognisers.ts';
import {
  awsRequestIdHits,
  errorCodeHits,
  excerptAt,
  lineOf,
  messageHits,
  requestIdHits,
  retryAfterHits,
  retryAfterSeconds,
  shouldRetryHits,
  type Hit,
} from './scan.ts';
import { belongsTo, sectionFor, weigh, type Confidence, type NoteId } from './weigh.ts';

export type { NoteId, Confidence } from './weigh.ts';
export type { RecogniserId } from './recognisers.ts';
export type { SdkRangeId } from './print-shapes.ts';

/** Pastes longer than this are read as their first and last halves of it (logs put the final error last). */
export const MAX_DECODED_CHARS = 2 * 1024 * 1024;

/** What a piece of evidence is. */
export type EvidenceKind =
  | 'status'
  | 'type'
  | 'class'
  | 'platform'
  | 'stream'
  | 'case'
  | 'example'
  | 'short'
  | 'phrase'
  | 'connection'
  | 'foreign'
  | 'format';

/** One part of the paste that the answer rests on. */
export interface Evidence {
  kind: EvidenceKind;
  /** The normalised value: a status, an `error.type`, a class or platform name, a case id, a provider. */
  value: string;
  /** The recogniser (paste shape) that found it. */
  shape: RecogniserId;
  /** 1-based line in the (possibly shortened) paste. */
  line: number;
  /** The matched text and a little of its line around it. */
  excerpt: { before: string; match: string; after: string };
}

/** The catalogue entry a paste matched and where its page answers the question. */
export interface Match {
  slug: string;
  published: boolean;
  /** The page section that answers it: `platforms` for platform errors, else by verdict. */
  section: ErrorSectionId;
}

/** The decoder's answer. */
export interface DecodeResult {
  /** True when the paste had nothing but whitespace. */
  empty: boolean;
  /** `match`: an entry; `not-claude`: another provider's error; `not-enough`: too little to tell; `empty`. */
  outcome: 'match' | 'not-claude' | 'not-enough' | 'empty';
  match: Match | null;
  /** For an error inside a stream: the entry its `error.type` has outside a stream (e.g. 529 for `overloaded_error`). */
  inner: Match | null;
  /** What to do, after the paste's details (retry-after, spend cap, platform) are taken into account. */
  verdict: Verdict | null;
  /** How sure the answer is and on what it rests; null for an empty paste or no answer. */
  confidence: Confidence | null;
  /** Another provider's error: which provider, as far as the paste says. */
  notClaude: { provider: string; label: string } | null;
  /** Whether the official SDKs retry the matched error themselves; null for no match or a mid-stream error. */
  sdkRetries: boolean | null;
  evidence: Evidence[];
  status: number | null;
  errorType: string | null;
  message: string | null;
  /** `error.details.error_code`, or `error_code` in a TypeScript 1.17.0 message. */
  errorCode: string | null;
  /** A message variant the entry's page explains (`credit-balance-too-low`), or the known case. */
  knownMessage: string | null;
  /** The Anthropic request ID to quote to support. */
  requestId: string | null;
  /** The AWS request ID (Bedrock), when present. */
  awsRequestId: string | null;
  /** The exception class, with its parent in the SDK that printed it. */
  exception: { name: string; sdk: Sdk | null; parent: string | null; versions: string | null } | null;
  /** Which SDK printed the paste, when the paste says. */
  sdk: Sdk | null;
  /** Which SDK versions print a message in the form the paste shows. */
  sdkRange: { id: SdkRangeId; sdk: Sdk; text: string } | null;
  platform: { platform: Platform; name: string; status: number } | null;
  /** The platform the paste names, even without a platform error (`bedrock-runtime`, `req_vrtx_…`). */
  onPlatform: Platform | null;
  /** The wait the server asked for. `seconds` is negative for an HTTP-date in the past. */
  retryAfter: { header: 'retry-after' | 'retry-after-ms'; raw: string; seconds: number } | null;
  /** The `x-should-retry` header, when present. */
  shouldRetry: boolean | null;
  /** A case inside the entry that changes what to do (the spend cap inside 429). */
  knownCase: KnownCase['id'] | null;
  notes: NoteId[];
  /** A term to search the site for, taken from the paste (useful when nothing matched). */
  searchTerm: string;
  /** True when the paste was longer than MAX_DECODED_CHARS and only its head and tail were read. */
  truncated: boolean;
}

/** Options for `decode`. */
export interface DecodeOptions {
  /** The current time in ms, to turn a `retry-after` HTTP-date into a wait. Defaults to `Date.now()`. */
  now?: number;
}

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

/** `(error_code: enforced_spend_limit_reached, request_id: …)` in a TypeScript 1.17.0 message. */
const TS_ERROR_CODE = /\(error_code: ([a-z][a-z0-9_]{1,80}), request_id: /g;

/**
 * Decodes a paste. Never throws; a paste that matches nothing gives `match: null` and a search term.
 * Runs in linear time in the length of the paste; pastes over MAX_DECODED_CHARS are read as head and tail.
 */
export function decode(input: string, index: DecoderIndex, options: DecodeOptions = {}): DecodeResult {
  const now = options.now ?? Date.now();
  const truncated = input.length > MAX_DECODED_CHARS;
  const half = MAX_DECODED_CHARS / 2;
  const text = truncated ? `${input.slice(0, half)}\n…\n${input.slice(-half)}` : input;
  const c = compile(index);
  const empty = text.trim() === '';
  const result: DecodeResult = {
    empty,
    outcome: empty ? 'empty' : 'not-enough',
    match: null,
    inner: null,
    verdict: null,
    confidence: null,
    notClaude: null,
    sdkRetries: null,
    evidence: [],
    status: null,
    errorType: null,
    message: null,
    errorCode: null,
    knownMessage: null,
    requestId: null,
    awsRequestId: null,
    exception: null,
    sdk: null,
    sdkRange: null,
    platform: null,
    onPlatform: null,
    retryAfter: null,
    shouldRetry: null,
    knownCase: null,
    notes: truncated ? ['truncated'] : [],
    searchTerm: '',
    truncated,
  };
  if (empty) return result;

  // 1. Every recogniser reads the paste and returns what it saw.
  const paste = makePaste(text, c);
  const classes = exceptionClasses(paste);
  const examples = exampleLines(paste, index.exampleLines);
  const sdkClasses = classes.filter((k) => k.kind === 'class' && k.root !== 'foreign');
  const clues: Clue[] = [
    ...apiBody(paste, index.knownCases),
    ...httpStatusLine(paste),
    ...pythonTraceback(paste, sdkClasses, examples),
    ...nodePrint(paste, sdkClasses, examples, c.midStreamClasses),
    ...sseLine(paste),
    ...wrapperPrint(paste),
    ...httpClientGateway(paste),
    ...platformMessage(paste, index.bedrockStreamValueError),
    ...otherProvider(paste, classes),
  ];

  // 2. Fields the answer reports whatever it decides.
  const errorCodes = [...errorCodeHits(text), ...tsErrorCodes(text)].sort((a, b) => a.index - b.index);
  result.requestId = last(requestIdHits(text))?.value ?? joinedRequestId(paste);
  result.awsRequestId = last(awsRequestIdHits(text))?.value ?? null;
  result.errorCode = last(errorCodes)?.value ?? null;
  result.shouldRetry = last(shouldRetryHits(text))?.value ?? null;
  const notes = new Set<NoteId>(result.notes);
  // Headers of the final response: read in the tail of a long paste, like its message.
  const retryAfter = last(retryAfterHits(paste.tail.text).filter((h) => retryAfterSeconds(h.header, h.value, now) !== null));
  if (retryAfter) {
    const seconds = retryAfterSeconds(retryAfter.header, retryAfter.value, now) ?? 0;
    result.retryAfter = { header: retryAfter.header, raw: retryAfter.value, seconds };
    if (seconds <= 0) notes.add('retry-after-past');
  }

  // 3. Which SDK printed it: a class only one SDK has says so; then the message form; then Python's and Node's marks.
  const classHitForSdk = last(sdkClasses.filter((k) => k.kind === 'class' && k.root === 'sdk' && c.sdkClassNames.has(k.value)));
  const sdksOfClass = new Set((classHitForSdk && classHitForSdk.kind === 'class' ? c.classesByName.get(classHitForSdk.value) ?? [] : []).map((k) => k.sdk));
  const signs = paste.signs;
  const formatClue = last(clues.filter((x): x is Extract<Clue, { kind: 'format' }> => x.kind === 'format'));
  result.sdk =
    sdksOfClass.size === 1
      ? ([...sdksOfClass][0] ?? null)
      : formatClue
        ? sdkRangeFacts[formatClue.range].sdk
        : signs.python > signs.node
          ? 'python'
          : signs.node > signs.python
            ? 'typescript'
            : null;

  // 4. One step weighs it all.
  const d = weigh(clues, c, index, result.sdk);
  for (const n of d.notes) notes.add(n);
  result.outcome = d.outcome;
  result.confidence = d.confidence;
  result.notClaude = d.notClaude;
  result.status = d.status;
  result.errorType = d.errorType;
  result.onPlatform = d.onPlatform;
  // Messages are read where the final error is: the tail of a long paste.
  const messages = messageHits(paste.tail.text).map((m) => ({ ...m, index: m.index + paste.tail.offset }));
  result.message = messageNear(messages, [d.cited.find((x) => x.kind === 'type'), d.anyClassHit].find((x) => x)?.index ?? 0);
  if (d.sdkRange) result.sdkRange = { id: d.sdkRange, ...sdkRangeFacts[d.sdkRange] };
  for (const clue of d.cited) cite(result, text, clue);
  if (d.platform) result.platform = { platform: d.platform.error.platform, name: d.platform.error.name, status: d.platform.error.status };
  if (d.stream && d.platform?.inStream && !result.errorType) result.errorType = d.platform.text;

  const entry = d.entry;
  if (d.outcome !== 'match' || !entry) {
    result.sdk = d.outcome === 'not-claude' ? null : result.sdk;
    result.sdkRange = d.outcome === 'not-claude' ? null : result.sdkRange;
    return finish(result, notes, text, (d.classHit ?? d.anyClassHit)?.value);
  }

  // 5. The exception class as the SDK that printed it defines it (parentage is where handlers go wrong).
  // The language's own classes (`ValueError`) are described only where the entry lists them.
  const shown = [d.anyClassHit, d.classHit].find((h) => h !== null && (belongsTo(h.value, entry.slug, c) || c.sdkClassNames.has(h.value)));
  if (shown) {
    const candidates = c.classesByName.get(shown.value) ?? [];
    // A printed form that tells the SDK range picks the record of that range (Python 1.x: a 529's
    // OverloadedError is under APIStatusError; from 2.5.0 under InternalServerError).
    const printedBy = result.sdkRange ? sdkRangeFacts[result.sdkRange.id] : null;
    const pick =
      (printedBy ? candidates.find((k) => k.slug === entry.slug && k.sdk === printedBy.sdk && inRange(printedBy.version, k.range)) : undefined) ??
      candidates.find((k) => k.slug === entry.slug && k.sdk === result.sdk) ??
      candidates.find((k) => k.slug === entry.slug) ??
      candidates.find((k) => k.sdk === result.sdk) ??
      candidates[0];
    result.exception = { name: shown.value, sdk: pick?.sdk ?? null, parent: pick?.parent ?? null, versions: pick?.versions ?? null };
  } else if (d.anyClassHit) {
    result.exception = { name: d.anyClassHit.value, sdk: null, parent: null, versions: null };
  }

  // 6. The verdict, adjusted by what the paste says.
  let verdict: Verdict = d.verdict ?? entry.verdict;
  if (!d.knownCase && result.retryAfter && result.retryAfter.seconds > 0 && (verdict === 'retry-backoff' || verdict === 'retry-after')) verdict = 'retry-after';
  if (verdict === 'retry-after' && !result.retryAfter) notes.add('no-retry-after');
  if (result.shouldRetry === false) notes.add('x-should-retry-false');
  if (!d.stream && entry.sdkRetries && result.sdk !== null && d.classHit) notes.add('sdk-retried');

  result.match = { slug: entry.slug, published: entry.published, section: d.section ?? sectionFor(verdict) };
  if (d.inner) result.inner = { slug: d.inner.slug, published: d.inner.published, section: d.section ?? sectionFor(d.inner.verdict) };
  result.verdict = verdict;
  result.sdkRetries = d.stream ? false : entry.sdkRetries;
  result.knownCase = d.knownCase?.id ?? null;
  result.knownMessage = d.knownCase?.id ?? d.knownMessage;
  return finish(result, notes, text, d.classHit?.value);
}

/** Adds a clue to the evidence, once per kind and value, quoting the paste. */
function cite(result: DecodeResult, text: string, clue: Clue): void {
  const kind: EvidenceKind = clue.kind === 'platform-mark' || clue.kind === 'claude' ? 'platform' : clue.kind;
  const value =
    clue.kind === 'status'
      ? String(clue.status)
      : clue.kind === 'platform'
        ? clue.error.name
        : clue.kind === 'case'
          ? clue.known.id
          : clue.kind === 'example' || clue.kind === 'short' || clue.kind === 'phrase'
            ? clue.slug
            : clue.kind === 'foreign'
              ? clue.provider
              : clue.kind === 'format'
                ? clue.range
                : clue.kind === 'platform-mark'
                  ? clue.platform
                  : clue.value;
  // A platform error found by its status is shown as the status it rests on.
  const shownKind: EvidenceKind = clue.kind === 'platform' && /^\d{3}$/.test(clue.text) ? 'status' : kind;
  if (result.evidence.some((e) => e.kind === shownKind && e.value === value)) return;
  result.evidence.push({ kind: shownKind, value, shape: clue.from, line: lineOf(text, clue.index), excerpt: excerptAt(text, clue.index, clue.text.length) });
}

function tsErrorCodes(text: string): Hit<string>[] {
  const found: Hit<string>[] = [];
  TS_ERROR_CODE.lastIndex = 0;
  for (let m = TS_ERROR_CODE.exec(text); m !== null && found.length < 64; m = TS_ERROR_CODE.exec(text)) {
    const value = m[1] ?? '';
    found.push({ value, index: m.index + m[0].indexOf(value), text: value });
  }
  return found;
}

function finish(result: DecodeResult, notes: Set<NoteId>, text: string, classHint: string | undefined): DecodeResult {
  result.notes = [...notes];
  result.searchTerm = searchTermFor(result, text, classHint);
  return result;
}

/** The message closest after the given offset (the message of the error whose type was found), else the last. */
function messageNear(messages: readonly Hit<string>[], at: number): string | null {
  const after = messages.find((m) => m.index >= at);
  const before = last(messages.filter((m) => m.index < at));
  const pick = after && (!before || after.index - at <= at - before.index) ? after : (before ?? after);
  return pick ? pick.value : null;
}

/** A term for the site search: the most specific name in the paste, else its first line. */
function searchTermFor(result: DecodeResult, text: string, classHint: string | undefined): string {
  if (result.match) return result.errorType ?? result.exception?.name ?? String(result.status ?? result.match.slug);
  const named = result.errorType ?? classHint ?? /\b[A-Z][A-Za-z]{2,60}(?:Error|Exception)\b/.exec(text)?.[0];
  if (named) return named;
  if (result.status !== null) return String(result.status);
  // The first line with text, found without splitting a long paste into lines.
  const first = /\S/.exec(text);
  if (!first) return '';
  const end = text.indexOf('\n', first.index);
  return text.slice(first.index, end === -1 ? undefined : end).trim().slice(0, 60);
}
