// Amazon Bedrock and Google Vertex AI errors, as the platforms name them. The registry holds the
// first-party API's facts; these are the platforms' own exception and status names, each tied to the
// catalogue entry whose #platforms section explains it. The paste decoder (src/lib/decoder/) reads them.
// Every fact comes from ../shared/reference/claude-api-errors.md (section numbers in comments).
import type { Verdict } from '../../src/schemas/error-entry.ts';

export type Platform = 'bedrock' | 'vertex';

/** One error a platform returns for a Claude request. */
export interface PlatformError {
  /** The platform that returns it. */
  platform: Platform;
  /** The name exactly as the platform prints it: an AWS exception name, or a Google status. */
  name: string;
  /** The HTTP status the platform sends with it. */
  status: number;
  /** Slug of the catalogue entry whose page explains it. */
  entry: string;
  /** What to do on this platform; it can differ from the entry's verdict (neither platform documents `retry-after`). */
  verdict: Verdict;
  /**
   * The name is shared with other services of the same cloud (DynamoDB throws `ThrottlingException`
   * too), so it only counts next to one of the platform's markers.
   */
  shared: boolean;
  /** Also sent inside a response stream, with its first letter lower-cased (`throttlingException`). */
  inStream?: boolean;
  /** Messages, verbatim, that identify the error by themselves. */
  messages?: readonly string[];
}

/**
 * Words that place a paste on a platform: client class names, API operations, endpoint names and the
 * `anthropic_version` value of the request body (§5.7, §7.1, §7.2). Matched as whole words, ignoring case.
 */
export const platformMarkers: Readonly<Record<Platform, readonly string[]>> = {
  bedrock: ['bedrock', 'bedrock-runtime', 'AnthropicBedrock', 'InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream', 'bedrock-2023-05-31'],
  vertex: ['vertex', 'AnthropicVertex', 'aiplatform', 'rawPredict', 'streamRawPredict', 'vertex-2023-10-16'],
};

/**
 * What Python `anthropic` 0.121.0 raised for an AWS exception inside a Bedrock stream: a bare `ValueError`
 * with this text, not an `anthropic` exception (§5.7, §10.6; fixed by 1.13.0).
 */
export const bedrockStreamValueError = 'Bad response code, expected 200';

export const platformErrors: readonly PlatformError[] = [
  // §7.1: Bedrock Runtime exceptions, HTTP codes from botocore's bedrock-runtime service model.
  { platform: 'bedrock', name: 'ValidationException', status: 400, entry: '400', verdict: 'fix-request', shared: true, inStream: true },
  // §7.1: 400, not 429: an account service quota; AWS says "resubmit your request later".
  { platform: 'bedrock', name: 'ServiceQuotaExceededException', status: 400, entry: '429', verdict: 'retry-backoff', shared: true },
  { platform: 'bedrock', name: 'AccessDeniedException', status: 403, entry: '403', verdict: 'grant-access', shared: true },
  { platform: 'bedrock', name: 'ResourceNotFoundException', status: 404, entry: '404', verdict: 'fix-request', shared: true },
  { platform: 'bedrock', name: 'ModelTimeoutException', status: 408, entry: '504', verdict: 'retry-backoff', shared: false, inStream: true },
  // §7.1: 424 with `originalStatusCode`: what to do depends on the model's original status.
  { platform: 'bedrock', name: 'ModelErrorException', status: 424, entry: '500', verdict: 'depends', shared: false },
  { platform: 'bedrock', name: 'ModelStreamErrorException', status: 424, entry: 'stream-error', verdict: 'depends', shared: false, inStream: true },
  // §7.1: "throttled because of service-wide limitations. Resubmit later or in a different region".
  { platform: 'bedrock', name: 'ThrottlingException', status: 429, entry: '429', verdict: 'retry-backoff', shared: true, inStream: true },
  // §7.1: "The AWS SDK will automatically retry the operation up to 5 times."
  { platform: 'bedrock', name: 'ModelNotReadyException', status: 429, entry: '429', verdict: 'retry-backoff', shared: false },
  { platform: 'bedrock', name: 'InternalServerException', status: 500, entry: '500', verdict: 'retry-backoff', shared: true, inStream: true },
  // §7.1: "Try again later": Bedrock's temporary unavailability, explained with the 529 overload.
  { platform: 'bedrock', name: 'ServiceUnavailableException', status: 503, entry: '529', verdict: 'retry-backoff', shared: true, inStream: true },
  // §7.1: the AWS troubleshooting page: the Anthropic use-case form was not submitted.
  { platform: 'bedrock', name: 'FTUFormNotFilled', status: 404, entry: '404', verdict: 'grant-access', shared: false },
  // §7.1: "retry with exponential backoff + random jitter".
  { platform: 'bedrock', name: 'InternalFailure', status: 500, entry: '500', verdict: 'retry-backoff', shared: true },
  // §7.1 with §1 (401 covers AWS credential and SigV4 problems): credentials, not permissions, despite 400 and 403.
  { platform: 'bedrock', name: 'IncompleteSignature', status: 400, entry: '401', verdict: 'fix-credentials', shared: true },
  { platform: 'bedrock', name: 'InvalidClientTokenId', status: 403, entry: '401', verdict: 'fix-credentials', shared: true },

  // §7.2: Vertex AI generative AI API errors (Google's page; 499, 500, 503 and 504 from a secondary summary).
  { platform: 'vertex', name: 'INVALID_ARGUMENT', status: 400, entry: '400', verdict: 'fix-request', shared: true },
  { platform: 'vertex', name: 'FAILED_PRECONDITION', status: 400, entry: '400', verdict: 'fix-request', shared: true },
  { platform: 'vertex', name: 'PERMISSION_DENIED', status: 403, entry: '403', verdict: 'grant-access', shared: true },
  { platform: 'vertex', name: 'NOT_FOUND', status: 404, entry: '404', verdict: 'fix-request', shared: true },
  // §7.2: pay-as-you-go (shared pool) and Provisioned Throughput messages.
  {
    platform: 'vertex',
    name: 'RESOURCE_EXHAUSTED',
    status: 429,
    entry: '429',
    verdict: 'retry-backoff',
    shared: true,
    messages: ['Resource exhausted, please try again later.', 'Too many requests. Exceeded the Provisioned Throughput.'],
  },
  // §7.2: the caller cancelled; no response reached it.
  { platform: 'vertex', name: 'CANCELLED', status: 499, entry: 'connection-error', verdict: 'depends', shared: true },
  { platform: 'vertex', name: 'UNKNOWN', status: 500, entry: '500', verdict: 'retry-backoff', shared: true },
  { platform: 'vertex', name: 'INTERNAL', status: 500, entry: '500', verdict: 'retry-backoff', shared: true },
  { platform: 'vertex', name: 'UNAVAILABLE', status: 503, entry: '529', verdict: 'retry-backoff', shared: true },
  { platform: 'vertex', name: 'DEADLINE_EXCEEDED', status: 504, entry: '504', verdict: 'retry-backoff', shared: true },
];
