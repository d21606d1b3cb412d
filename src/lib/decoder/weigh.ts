// The one step that decides: it weighs the clues of every recogniser and picks the entry, or says the
// paste is another provider's error, or that there is not enough to tell. It also says how sure it is.
import type { Verdict } from '../../schemas/error-entry.ts';
import type { ErrorSectionId } from '../sections.ts';
import type { DecoderIndex, IndexClass, IndexEntry, KnownCase, Platform, PlatformError, Sdk } from './catalogue-index.ts';
import type { Compiled } from './compiled.ts';
import type { Clue } from './recognisers.ts';
import type { SdkRangeId } from './print-shapes.ts';

/** Remarks that change how to read the result; the page explains each under `decode.note.<id>`. */
export type NoteId =
  | 'mid-stream'
  | 'sdk-retried'
  | 'no-retry-after'
  | 'retry-after-past'
  | 'x-should-retry-false'
  | 'type-status-mismatch'
  | 'unknown-type'
  | 'unknown-status'
  | 'other-5xx'
  | 'ambiguous-class'
  | 'foreign-sdk'
  | 'bedrock-value-error'
  | 'wrapper-class'
  | 'gateway-page'
  | 'truncated';

/** How sure the answer is, and on what it rests. */
export interface Confidence {
  level: 'high' | 'medium' | 'low';
  /** `agreeing`: several kinds of evidence point at the entry; `single`: one decisive piece; `weak`: only a weak sign; `conflicting`: the paste points two ways. */
  basis: 'agreeing' | 'single' | 'weak' | 'conflicting';
}

type Pick<K extends Clue['kind']> = Extract<Clue, { kind: K }>;

export interface Decision {
  outcome: 'match' | 'not-claude' | 'not-enough';
  entry: IndexEntry | null;
  inner: IndexEntry | null;
  verdict: Verdict | null;
  section: ErrorSectionId | null;
  stream: Pick<'stream'> | null;
  platform: Pick<'platform'> | null;
  onPlatform: Platform | null;
  knownCase: KnownCase | null;
  knownMessage: string | null;
  notClaude: { provider: string; label: string } | null;
  sdkRange: SdkRangeId | null;
  status: number | null;
  errorType: string | null;
  /** The SDK class that decides the exception shown (the SDK's own, not a wrapper's). */
  classHit: Pick<'class'> | null;
  anyClassHit: Pick<'class'> | null;
  /** Clues shown as evidence, in the order they count. */
  cited: Clue[];
  notes: NoteId[];
  confidence: Confidence | null;
}

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
const of = <K extends Clue['kind']>(clues: readonly Clue[], kind: K): Array<Pick<K>> =>
  clues.filter((c): c is Pick<K> => c.kind === kind).sort((a, b) => a.index - b.index);

/** Error types other providers use too; they do not make a paste Claude's by themselves. */
const SHARED_TYPES = new Set(['invalid_request_error']);

export function weigh(clues: readonly Clue[], c: Compiled, index: DecoderIndex, sdk: Sdk | null): Decision {
  const notes = new Set<NoteId>();
  const statuses = of(clues, 'status');
  const errorStatus = last(statuses.filter((s) => s.status >= 400 && s.status <= 599));
  const types = of(clues, 'type');
  const knownType = last(types.filter((t) => t.known));
  const unknownType = last(types.filter((t) => !t.known));
  const classes = dedupe(of(clues, 'class'));
  const sdkClasses = classes.filter((k) => k.root === 'sdk');
  const anyClassHit = last(sdkClasses) ?? null;
  const classHit = last(sdkClasses.filter((k) => c.sdkClassNames.has(k.value))) ?? null;
  const platforms = of(clues, 'platform');
  const marks = of(clues, 'platform-mark');
  const knownCase = of(clues, 'case')[0] ?? null;
  const example = of(clues, 'example')[0];
  const phrases = of(clues, 'phrase');
  const connections = of(clues, 'connection');
  const streams = of(clues, 'stream');
  const foreign = of(clues, 'foreign');
  const formats = of(clues, 'format');
  const short = of(clues, 'short')[0];
  if (classes.some((k) => k.root === 'wrapper')) notes.add('wrapper-class');
  if (unknownType && !knownType) notes.add('unknown-type');

  const decision: Decision = {
    outcome: 'not-enough',
    entry: null,
    inner: null,
    verdict: null,
    section: null,
    stream: null,
    platform: null,
    onPlatform: marks[0]?.platform ?? null,
    knownCase: null,
    knownMessage: null,
    notClaude: null,
    sdkRange: last(formats)?.range ?? null,
    status: errorStatus?.status ?? null,
    errorType: knownType?.value ?? unknownType?.value ?? null,
    classHit,
    anyClassHit,
    cited: [],
    notes: [],
    confidence: null,
  };
  const finish = (): Decision => {
    decision.notes = [...notes];
    return decision;
  };

  // 1. Another provider's error that shares names with Claude's (`RateLimitError`, `invalid_request_error`).
  const claudeSigns = [
    ...of(clues, 'claude'),
    ...types.filter((t) => t.known && !SHARED_TYPES.has(t.value)),
    ...platforms,
    ...statuses.filter((s) => s.status === 529),
  ];
  if (foreign.length > 0 && claudeSigns.length === 0) {
    const named = [...foreign].sort((a, b) => a.rank - b.rank)[0];
    if (named) {
      decision.outcome = 'not-claude';
      decision.notClaude = { provider: named.provider === 'google-rpc' ? 'google' : named.provider, label: named.label };
      decision.cited.push(named);
      decision.confidence = { level: named.provider === 'google-rpc' || named.from !== 'other-provider' ? 'medium' : 'high', basis: 'single' };
      decision.sdkRange = null;
      notes.add('foreign-sdk');
      return finish();
    }
  }

  // 2. Was it inside a stream that had already answered 200?
  const platformHit = last(platforms);
  const typeKnown = knownType !== undefined || unknownType !== undefined;
  const sure = streams.filter((s) => s.strength === 'sure');
  const hints = streams.filter((s) => s.strength === 'hint' && typeKnown && !errorStatus);
  const ok = statuses.find((s) => s.status === 200 && typeKnown && !errorStatus);
  const streamClue: Pick<'stream'> | undefined =
    last(sure) ?? (platformHit?.inStream ? streamOf(platformHit) : undefined) ?? last(hints) ?? (ok ? { ...ok, kind: 'stream', value: '200', strength: 'hint' } : undefined);

  if (streamClue) {
    const entry = c.entryBySlug.get(index.midStreamEntry) ?? null;
    decision.outcome = 'match';
    decision.entry = entry;
    decision.stream = streamClue;
    decision.cited.push(streamClue);
    notes.add('mid-stream');
    if (streamClue.value === index.bedrockStreamValueError) notes.add('bedrock-value-error');
    // What the error inside the stream would have been outside it; a Bedrock exception inside the stream
    // says more than the `api_error` some clients wrap it in.
    const byPlatform = platformHit !== undefined && (platformHit.inStream || !knownType);
    const phrase = last(phrases.filter((p) => p.slug !== index.midStreamEntry));
    const inner = byPlatform ? c.entryBySlug.get(platformHit.error.entry) : knownType ? c.entryByType.get(knownType.value) : phrase ? c.entryBySlug.get(phrase.slug) : undefined;
    if (knownType && !byPlatform) decision.cited.push(knownType);
    else if (!byPlatform && phrase) decision.cited.push(phrase);
    if (platformHit) {
      decision.cited.push(platformHit);
      decision.platform = platformHit;
      decision.onPlatform = platformHit.error.platform;
    }
    if (inner && inner.slug !== entry?.slug) {
      decision.inner = inner;
      decision.verdict = platformHit ? platformHit.error.verdict : inner.verdict;
      decision.section = platformHit ? 'platforms' : null;
    }
    if (anyClassHit && belongsTo(anyClassHit.value, index.midStreamEntry, c)) decision.cited.push(anyClassHit);
    const strong = streamClue.strength === 'sure' || decision.inner !== null;
    decision.confidence = { level: streamClue.strength === 'sure' && decision.inner ? 'high' : strong ? 'medium' : 'low', basis: decision.inner ? 'agreeing' : 'single' };
    decision.knownMessage = phrase?.knownMessage ?? null;
    return finish();
  }

  // 3. Otherwise the strongest evidence decides: a known case, a registry example's exception line, a
  // platform error, the body's error.type (the reference: classify by body type as well as status), a
  // class of one entry, the status, a wrapper's phrase, a connection failure, and last a class several
  // entries share or a bare code.
  const classEntries = classHit ? uniqueSlugs(c.classesByName.get(classHit.value) ?? [], sdk) : [];
  const statusEntry = errorStatus ? c.entryByStatus.get(errorStatus.status) : undefined;
  const byStatus = platformByStatus(errorStatus?.status, marks, c);
  const phrase = last(phrases);
  const connection = last(connections);
  let entry: IndexEntry | undefined;
  let decisive: Clue | undefined;
  let weak = false;
  if (knownCase) {
    entry = c.entryBySlug.get(knownCase.known.entry);
    decision.verdict = knownCase.known.verdict;
    decision.knownCase = knownCase.known;
    decisive = knownCase;
  } else if (example) {
    entry = c.entryBySlug.get(example.slug);
    decisive = example;
  } else if (platformHit) {
    entry = c.entryBySlug.get(platformHit.error.entry);
    decisive = platformHit;
  } else if (knownType) {
    entry = c.entryByType.get(knownType.value);
    decisive = knownType;
  } else if (byStatus && errorStatus) {
    entry = c.entryBySlug.get(byStatus.entry);
    decisive = { ...errorStatus, kind: 'platform', error: byStatus, inStream: false };
  } else if (classEntries.length === 1) {
    entry = c.entryBySlug.get(classEntries[0] ?? '');
    decisive = classHit ?? undefined;
  } else if (statusEntry && errorStatus) {
    entry = statusEntry;
    decisive = errorStatus;
  } else if (errorStatus && errorStatus.status >= 500) {
    entry = c.entryBySlug.get(index.otherServerErrorEntry);
    decisive = errorStatus;
    notes.add('other-5xx');
    weak = true;
  } else if (phrase) {
    entry = c.entryBySlug.get(phrase.slug);
    decisive = phrase;
  } else if (connection) {
    entry = c.entryBySlug.get('connection-error');
    decisive = connection;
    weak = !connections.some((x) => x.value !== 'network error code' && x.value !== 'fetch failed');
  } else if (classEntries.length > 1) {
    entry = c.entryBySlug.get(classEntries[0] ?? '');
    decisive = classHit ?? undefined;
    notes.add('ambiguous-class');
    weak = true;
  } else if (short) {
    entry = c.entryBySlug.get(short.slug);
    decisive = short;
    weak = true;
  }
  if (errorStatus && !c.entryByStatus.has(errorStatus.status) && !byStatus) notes.add('unknown-status');
  if (errorStatus && ['gateway', 'http-client'].includes(errorStatus.context) && errorStatus.status >= 500 && /<|\|/.test(errorStatus.text)) notes.add('gateway-page');

  if (!entry || !decisive) {
    decision.sdkRange = decision.sdkRange ?? null;
    return finish();
  }
  decision.outcome = 'match';
  decision.entry = entry;

  // The evidence, decisive first, then whatever agrees with it.
  const agreeing = new Set<string>();
  const cite = (clue: Clue | undefined | null, kind: string) => {
    if (!clue || decision.cited.includes(clue)) return;
    decision.cited.push(clue);
    agreeing.add(kind);
  };
  cite(decisive, decisive.kind === 'platform' && decisive === platformHit ? 'platform' : decisive.kind);
  const platformHere = decisive.kind === 'platform' ? decisive : platformHit;
  if (platformHere) {
    decision.platform = platformHere;
    decision.onPlatform = platformHere.error.platform;
    decision.verdict = decision.verdict ?? platformHere.error.verdict;
    decision.section = 'platforms';
    if (platformHere !== decisive && platformHere.error.entry === entry.slug) cite(platformHere, 'platform');
  }
  if (knownType && c.entryByType.get(knownType.value)?.slug === entry.slug) cite(knownType, 'type');
  const citedClass = [classHit, anyClassHit].find((h) => h !== null && belongsTo(h.value, entry.slug, c));
  if (citedClass) cite(citedClass, 'class');
  if (errorStatus) {
    if (errorStatus.status === entry.status || notes.has('other-5xx') || (byStatus && byStatus.entry === entry.slug)) cite(errorStatus, 'status');
    else if (knownType && c.entryByStatus.has(errorStatus.status)) notes.add('type-status-mismatch');
  }
  const agreeingPhrase = last(phrases.filter((p) => p.slug === entry.slug));
  if (agreeingPhrase) {
    cite(agreeingPhrase, 'phrase');
    decision.knownMessage = agreeingPhrase.knownMessage ?? null;
  }
  if (entry.slug === 'connection-error') cite(connection, 'connection');
  const format = last(formats);
  if (format) decision.cited.push(format);

  const conflicting = notes.has('type-status-mismatch');
  const kinds = agreeing.size;
  decision.confidence = conflicting
    ? { level: 'medium', basis: 'conflicting' }
    : weak
      ? { level: kinds >= 2 && !notes.has('other-5xx') ? 'medium' : 'low', basis: 'weak' }
      : kinds >= 2 || decisive.kind === 'case' || decisive.kind === 'example'
        ? { level: 'high', basis: kinds >= 2 ? 'agreeing' : 'single' }
        : { level: 'medium', basis: 'single' };
  return finish();
}

function streamOf(hit: Pick<'platform'>): Pick<'stream'> {
  return { from: hit.from, kind: 'stream', value: hit.text, strength: 'sure', index: hit.index, text: hit.text };
}

/** One clue per class occurrence (both SDK recognisers may pass the same class on). */
function dedupe(classes: ReadonlyArray<Pick<'class'>>): Array<Pick<'class'>> {
  const seen = new Set<number>();
  return classes.filter((k) => (seen.has(k.index) ? false : (seen.add(k.index), true)));
}

/** Whether the registry lists the class for the entry. */
export function belongsTo(name: string, slug: string, c: Compiled): boolean {
  return (c.classesByName.get(name) ?? []).some((k) => k.slug === slug);
}

/** A platform's own error for a status, when the paste names the platform but not the error (`bedrock-runtime … 503`). */
function platformByStatus(status: number | undefined, marks: ReadonlyArray<Pick<'platform-mark'>>, c: Compiled): PlatformError | undefined {
  if (status === undefined) return undefined;
  for (const mark of marks) {
    const error = c.platformErrors.find((e) => e.platform === mark.platform && e.status === status);
    if (error) return error;
  }
  return undefined;
}

/** Entries that a class belongs to, preferring the SDK that printed the paste and the pinned version's classes. */
function uniqueSlugs(classes: readonly IndexClass[], sdk: Sdk | null): string[] {
  const ofSdk = sdk === null ? classes : classes.filter((k) => k.sdk === sdk);
  const pool = ofSdk.length > 0 ? ofSdk : classes;
  const current = pool.filter((k) => k.current);
  return [...new Set((current.length > 0 ? current : pool).map((k) => k.slug))];
}

/**
 * The page section that answers "what now" for a verdict: the retry section for the two retry verdicts,
 * the meaning for `depends`, and the fix for every "don't retry" verdict, however many there are.
 */
export function sectionFor(verdict: Verdict): ErrorSectionId {
  if (verdict === 'retry-backoff' || verdict === 'retry-after') return 'retry';
  if (verdict === 'depends') return 'meaning';
  return 'fix';
}
