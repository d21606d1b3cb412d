// How the SDKs and the API surface errors, beyond what one registry entry says: exception classes that
// no entry lists, the entry for errors inside a stream, and the cases inside an entry that change what
// to do (the spend cap inside 429). The paste decoder (src/lib/decoder/) reads them with the registry.
// Every fact comes from ../shared/reference/claude-api-errors.md (section numbers in comments).
import type { Verdict } from '../../src/schemas/error-entry.ts';

/** An exception class an SDK raises that no registry entry lists. */
export interface OtherSdkClass {
  /** The SDK that defines it. */
  sdk: 'python' | 'typescript';
  /** Class name exactly as the SDK exports it. */
  name: string;
  /** Direct parent class; when it is a registry class of one entry, the class belongs to that entry. */
  parent: string;
  /** SDK versions in which the class exists, as shown to readers. */
  versions: string;
  /** Slug of the entry that explains it, where the parent does not decide. */
  entry?: string;
}

/** A case inside an entry that changes what to do, recognised by its error code, message or class. */
export interface KnownCase {
  /** Stable id; the UI explains each case under the key `decode.case.<id>`. */
  id: 'spend-cap' | 'own-spend-limit' | 'cors-origin';
  /** Slug of the entry the case belongs to. */
  entry: string;
  /** What to do in this case. */
  verdict: Verdict;
  /** `error.details.error_code` value. */
  errorCode?: string;
  /** How `error.message` begins, verbatim. */
  messageStarts?: readonly string[];
  /** TypeScript 1.x subclass the SDK picks for this case by `${status} ${error_code}` (§6.2). */
  typescriptClass?: string;
}

/**
 * The base class of every exception the SDKs define (§5.5, §6.2). A registry class whose parents do not
 * lead here is the language's own (Python's `ValueError`): it names no entry by itself.
 */
export const sdkRootClass = 'AnthropicError';

/** Slug of the entry for an `event: error` that arrives after the stream answered HTTP 200 (§3). */
export const midStreamEntry = 'stream-error';

/** Slug of the entry for any other status of 500 or above: both SDKs raise `InternalServerError` for it (§5.5, §6.2). */
export const otherServerErrorEntry = '500';

export const otherSdkClasses: readonly OtherSdkClass[] = [
  // §5.5, §5.7: raised only by the AnthropicBedrock and AnthropicVertex clients (503; 504 on Vertex).
  { sdk: 'python', name: 'ServiceUnavailableError', parent: 'APIStatusError', versions: 'Bedrock and Vertex clients, >=0.47.0', entry: '529' },
  { sdk: 'python', name: 'DeadlineExceededError', parent: 'APIStatusError', versions: 'Vertex client, >=0.47.0', entry: '504' },
  // §6.2: TypeScript 1.5.0 status class for 503, a subclass of InternalServerError like OverloadedError.
  { sdk: 'typescript', name: 'ServiceUnavailableError', parent: 'InternalServerError', versions: '>=1.5.0', entry: '529' },
  // §6.2: TypeScript 1.5.0 subclasses chosen by `${status} ${error_code}`; the parent gives the entry.
  { sdk: 'typescript', name: 'ContractSpendLimitReachedError', parent: 'RateLimitError', versions: '>=1.5.0' },
  { sdk: 'typescript', name: 'RampLimitExceededError', parent: 'RateLimitError', versions: '>=1.5.0' },
  { sdk: 'typescript', name: 'LinkedOrganizationSpendLimitReachedError', parent: 'PaymentRequiredError', versions: '>=1.5.0' },
  { sdk: 'typescript', name: 'ClaudeCodeVersionTooOldError', parent: 'BadRequestError', versions: '>=1.5.0' },
];

export const knownCases: readonly KnownCase[] = [
  // §4: the usage tier's monthly spend cap: 429 without retry-after; retrying, SDK retries included,
  // fails until access resumes (00:00 UTC on the 1st of next month, or a tier upgrade).
  {
    id: 'spend-cap',
    entry: '429',
    verdict: 'do-not-retry',
    errorCode: 'enforced_spend_limit_reached',
    messageStarts: ['You have reached your API usage limits'],
    typescriptClass: 'EnforcedSpendLimitReachedError',
  },
  // §1, §4: a spend limit you set on the organization or workspace: 400, not 429.
  {
    id: 'own-spend-limit',
    entry: '400',
    verdict: 'do-not-retry',
    messageStarts: ['You have reached your specified API usage limits', 'You have reached your specified workspace API usage limits'],
  },
  // §1: an organization setting about the browser's Origin header, not a key problem.
  { id: 'cors-origin', entry: '401', verdict: 'do-not-retry', messageStarts: ['CORS requests are not allowed for this Organization'] },
];
