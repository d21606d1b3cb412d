// The per-version SDK facts of content/errors/sdk-behaviours.ts, validated once, and the questions
// pages ask of them: which facts concern an entry, and what each SDK version prints for an example.
import { behaviours as behaviourInput, messageFormats as formatInput } from '../../content/errors/sdk-behaviours.ts';
import { behaviourSchema, messageFormatSchema, type Behaviour, type MessageFormat } from '../schemas/sdk-behaviour.ts';
import type { ErrorEntry, SdkClass } from '../schemas/error-entry.ts';
import { inRange, rangeOrder } from './version-range.ts';
import { printedLine, type HttpError } from './sdk-messages.ts';

export const messageFormats: readonly MessageFormat[] = formatInput.map((f) => messageFormatSchema.parse(f));
export const behaviours: readonly Behaviour[] = behaviourInput.map((b) => behaviourSchema.parse(b));

/** The facts an entry's page shows, Python then TypeScript, newest range first. */
export function behavioursFor(slug: string): Behaviour[] {
  return behaviours
    .filter((b) => b.entries.includes(slug))
    .sort((a, b) => a.sdk.localeCompare(b.sdk) || a.id.localeCompare(b.id) || rangeOrder(a.range, b.range));
}

/** One printed line of an example, for a range of one SDK. */
export interface PrintedLine {
  sdk: 'python' | 'typescript';
  range: string;
  evidence: MessageFormat['evidence'];
  /** The line, or null where the format of that range is not published. */
  text: string | null;
}

/** The class a first-party client of `sdk` at `version` raises for the entry (by error code first). */
function classAt(entry: ErrorEntry, sdk: 'python' | 'typescript', version: string, errorCode: unknown): SdkClass | undefined {
  const candidates = entry.classes[sdk].filter((c) => c.clients === undefined && inRange(version, c.range));
  return candidates.find((c) => c.errorCode !== undefined && c.errorCode === errorCode) ?? candidates.find((c) => c.errorCode === undefined);
}

/** What each SDK version range prints for an HTTP example of an entry. */
export function printedLines(entry: ErrorEntry, example: HttpError): PrintedLine[] {
  const errorCode = (example.body.error as { details?: { error_code?: unknown } } | undefined)?.details?.error_code;
  return messageFormats.map((f) => {
    if (f.format === 'unknown') return { sdk: f.sdk, range: f.range, evidence: f.evidence, text: null };
    const cls = classAt(entry, f.sdk, f.shownWith, errorCode);
    return { sdk: f.sdk, range: f.range, evidence: f.evidence, text: cls ? printedLine(f.format, cls.name, example) : null };
  });
}
