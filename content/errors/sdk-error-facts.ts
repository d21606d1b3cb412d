// How the SDKs and the API surface errors, beyond what one registry entry says: exception classes that
// no entry lists, the entry for errors inside a stream, and the cases inside an entry that change what
// to do (the spend cap inside 429). The paste decoder (src/lib/decoder/) reads them with the registry.
// Every fact comes from ../shared/reference/claude-api-errors.md (section numbers in comments).
import type { Evidence, Verdict } from '../../src/schemas/error-entry.ts';
import { describeRange } from '../../src/lib/version-range.ts';

/** An exception class an SDK raises that no registry entry lists. */
export interface OtherSdkClass {
  /** The SDK that defines it. */
  sdk: 'python' | 'typescript';
  /** Class name exactly as the SDK exports it. */
  name: string;
  /** Direct parent class; when it is a registry class of one entry, the class belongs to that entry. */
  parent: string;
  /** SDK versions in which the class exists with this parent (src/lib/version-range.ts syntax). */
  range: string;
  /** The same range as English readers read it. */
  versions: string;
  /** How the fact is known (see `evidenceSchema`). */
  evidence: Evidence;
  /** The HTTP status the SDK maps to it, when it is a status class. */
  status?: number;
  /** Only these clients raise it; omitted: the first-party clients. */
  clients?: readonly string[];
  /** Slug of the entry that explains it, where the parent does not decide; null: no entry explains it (not an API error). */
  entry?: string | null;
}

type OtherSdkClassInput = Omit<OtherSdkClass, 'versions'>;
const other = (c: OtherSdkClassInput): OtherSdkClass => ({ ...c, versions: describeRange(c.range, 'en') });

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
  // Python, §5.5 (read in 0.121.0, run on 1.13.0) and sdk-versions P3/P4/P6 (2.x, release notes).
  other({ sdk: 'python', name: 'UnprocessableEntityError', parent: 'APIStatusError', range: '*', evidence: 'tested', status: 422, entry: null }),
  // Raised only by the AnthropicBedrock and AnthropicVertex clients (503; 504 on Vertex) before 2.6.0.
  other({ sdk: 'python', name: 'ServiceUnavailableError', parent: 'APIStatusError', range: '>=0.47.0 <2.5.0', evidence: 'tested', clients: ['AnthropicBedrock', 'AnthropicVertex'], entry: '529' }),
  // 2.5.0: "make OverloadedError and ServiceUnavailableError subclasses of InternalServerError".
  other({ sdk: 'python', name: 'ServiceUnavailableError', parent: 'InternalServerError', range: '>=2.5.0', evidence: 'release-notes', entry: '529' }),
  other({ sdk: 'python', name: 'DeadlineExceededError', parent: 'APIStatusError', range: '>=0.47.0 <2.6.0', evidence: 'tested', clients: ['AnthropicVertex'], entry: '504' }),
  // 2.5.0 status classes named in `_exceptions.__all__`; mapping and parents not published (P3).
  // Statuses without a page of their own (408, 412, 422, 431, 499) explain no entry: entry null.
  other({ sdk: 'python', name: 'RequestTimeoutError', parent: 'APIStatusError', range: '>=2.5.0', evidence: 'unconfirmed', entry: null }),
  other({ sdk: 'python', name: 'PreconditionFailedError', parent: 'APIStatusError', range: '>=2.5.0', evidence: 'unconfirmed', entry: null }),
  other({ sdk: 'python', name: 'ContentTooLargeError', parent: 'APIStatusError', range: '>=2.5.0', evidence: 'unconfirmed', entry: '413' }),
  other({ sdk: 'python', name: 'RequestHeaderFieldsTooLargeError', parent: 'APIStatusError', range: '>=2.5.0', evidence: 'unconfirmed', entry: null }),
  other({ sdk: 'python', name: 'ClientClosedRequestError', parent: 'APIStatusError', range: '>=2.5.0', evidence: 'unconfirmed', entry: null }),
  other({ sdk: 'python', name: 'HTTPNotImplementedError', parent: 'InternalServerError', range: '>=2.5.0', evidence: 'unconfirmed', entry: '500' }),
  // Not about a response: validation and middleware classes (§5.5).
  other({ sdk: 'python', name: 'APIResponseValidationError', entry: null, parent: 'APIError', range: '*', evidence: 'tested' }),
  other({ sdk: 'python', name: 'APIWebhookValidationError', entry: null, parent: 'APIError', range: '*', evidence: 'tested' }),
  other({ sdk: 'python', name: 'RetryableError', entry: null, parent: 'AnthropicError', range: '*', evidence: 'tested' }),
  // §5.5 "(1.13.0) CredentialsError → IdentityTokenFileError; WorkloadIdentityError"; 2.x __all__ keeps the first two.
  other({ sdk: 'python', name: 'CredentialsError', parent: 'AnthropicError', range: '>=1.13.0', evidence: 'tested', entry: '401' }),
  other({ sdk: 'python', name: 'IdentityTokenFileError', parent: 'CredentialsError', range: '>=1.13.0', evidence: 'tested', entry: '401' }),
  other({ sdk: 'python', name: 'WorkloadIdentityError', parent: 'AnthropicError', range: '>=1.13.0 <2.0.0', evidence: 'tested', entry: '401' }),

  // TypeScript, §6.2 (read in 0.120.0 and 1.12.0) and sdk-versions T9/T10 (run on 1.12.0 and 1.17.0).
  other({ sdk: 'typescript', name: 'UnprocessableEntityError', parent: 'APIError', range: '*', evidence: 'tested', status: 422, entry: null }),
  other({ sdk: 'typescript', name: 'RequestTimeoutError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested', status: 408, entry: null }),
  other({ sdk: 'typescript', name: 'PreconditionFailedError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested', status: 412, entry: null }),
  other({ sdk: 'typescript', name: 'RequestHeaderFieldsTooLargeError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested', status: 431, entry: null }),
  other({ sdk: 'typescript', name: 'ClientClosedRequestError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested', status: 499, entry: null }),
  other({ sdk: 'typescript', name: 'NotImplementedError', parent: 'InternalServerError', range: '>=1.5.0', evidence: 'tested', status: 501, entry: '500' }),
  // A 503 is a ServiceUnavailableError, a subclass of InternalServerError like OverloadedError.
  other({ sdk: 'typescript', name: 'ServiceUnavailableError', parent: 'InternalServerError', range: '>=1.5.0', evidence: 'tested', status: 503, entry: '529' }),
  other({ sdk: 'typescript', name: 'RetryableError', entry: null, parent: 'AnthropicError', range: '*', evidence: 'tested' }),
  other({ sdk: 'typescript', name: 'APIUserAbortError', entry: null, parent: 'APIError', range: '*', evidence: 'tested' }),
  // T9: thrown when no credentials are found; not an APIError.
  other({ sdk: 'typescript', name: 'CredentialsError', parent: 'AnthropicError', range: '>=1.17.0', evidence: 'tested', entry: '401' }),
  // §6.2: subclasses chosen by `${status} ${error_code}`; the parent gives the entry. First versions from
  // the TypeScript CHANGELOG (error-variants §1.3); ClaudeCodeVersionTooOldError: present in 1.12.0, first version not recorded.
  other({ sdk: 'typescript', name: 'ContractSpendLimitReachedError', parent: 'RateLimitError', range: '>=1.10.0', evidence: 'tested' }),
  other({ sdk: 'typescript', name: 'RampLimitExceededError', parent: 'RateLimitError', range: '>=1.6.0', evidence: 'tested' }),
  other({ sdk: 'typescript', name: 'ClaudeCodeVersionTooOldError', parent: 'BadRequestError', range: '>=1.12.0', evidence: 'tested' }),
];

export const knownCases: readonly KnownCase[] = [
  // §4: the usage tier's monthly spend cap: 429 without retry-after; retrying, SDK retries included,
  // fails until access resumes (00:00 UTC on the 1st of next month, or a tier upgrade).
  {
    id: 'spend-cap',
    entry: '429',
    verdict: 'raise-limit',
    errorCode: 'enforced_spend_limit_reached',
    messageStarts: ['You have reached your API usage limits'],
    typescriptClass: 'EnforcedSpendLimitReachedError',
  },
  // §1, §4: a spend limit you set on the organization or workspace: 400, not 429.
  {
    id: 'own-spend-limit',
    entry: '400',
    verdict: 'raise-limit',
    messageStarts: ['You have reached your specified API usage limits', 'You have reached your specified workspace API usage limits'],
  },
  // §1: an organization setting about the browser's Origin header, not a key problem.
  { id: 'cors-origin', entry: '401', verdict: 'grant-access', messageStarts: ['CORS requests are not allowed for this Organization'] },
];
