// The language-neutral facts of every catalogue entry, in one place.
// Every fact here comes from ../shared/reference/claude-api-errors.md (section numbers in comments).
// Prose lives next to this file, in content/errors/<slug>/{en,ko}.mdx.
import type { ErrorEntryInput, Source } from '../../src/schemas/error-entry.ts';

/** The date the reference fact sheet these entries follow was compiled and checked. */
const CHECKED = '2026-11-24';

const src = (title: string, url: string): Source => ({ title, url, checked: CHECKED });

const ERRORS_PAGE = src('Claude API docs: Errors', 'https://platform.claude.com/docs/en/api/errors');
const ERRORS_PAGE_KO = src('Claude API 문서: 오류 (Korean)', 'https://platform.claude.com/docs/ko/api/errors');
const RATE_LIMITS = src('Claude API docs: Rate limits', 'https://platform.claude.com/docs/en/api/rate-limits');
const STREAMING = src(
  'Claude API docs: Streaming, error events',
  'https://platform.claude.com/docs/en/build-with-claude/streaming#error-events',
);
const PY_SDK = src('anthropic-sdk-python (retry loop and exceptions)', 'https://github.com/anthropics/anthropic-sdk-python');
const TS_SDK = src('anthropic-sdk-typescript (retry loop and errors)', 'https://github.com/anthropics/anthropic-sdk-typescript');
const BILLING = src('Claude Help Center: How will I be billed for Claude API use?', 'https://support.claude.com/en/articles/8114526');
const PRICING = src('Claude API docs: Pricing', 'https://platform.claude.com/docs/en/about-claude/pricing');
const BEDROCK = src(
  'Amazon Bedrock: troubleshooting API error codes',
  'https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html',
);
const VERTEX = src(
  'Vertex AI: generative AI API errors',
  'https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/api-errors',
);

const sdkDefault = { strategy: 'sdk-default', baseSeconds: 0.5, capSeconds: 8, maxRetries: 2 } as const;
const noRetry = { strategy: 'sdk-default', baseSeconds: 0.5, capSeconds: 8, maxRetries: 0 } as const;

/** Sample request IDs from the errors page (§2); real ones differ per request. */
const REQ_A = 'req_011CSHoEeqs5C35K2UUqR7Fy';
const REQ_B = 'req_018EeWyXxfu5pfWkrYcMdjWG';

export const registry: ErrorEntryInput[] = [
  {
    slug: '400',
    status: 400,
    type: 'invalid_request_error',
    summary: {
      en: 'The request’s format or content is invalid; also returned when a spend limit you set is reached.',
      ko: '요청 형식이나 내용이 잘못됐습니다. 직접 설정한 지출 한도에 도달했을 때도 이 오류가 옵니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      python: [{ name: 'BadRequestError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'BadRequestError', parent: 'APIError', versions: 'all', current: true }],
    },
    related: ['429', '413'],
    guides: ['sdk-exceptions', 'rate-limits'],
    preset: noRetry,
    sources: [ERRORS_PAGE, RATE_LIMITS, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '401',
    status: 401,
    type: 'authentication_error',
    summary: {
      en: 'The API key is malformed, revoked or expired.',
      ko: 'API 키 형식이 잘못됐거나, 폐기됐거나, 만료됐습니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      python: [{ name: 'AuthenticationError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'AuthenticationError', parent: 'APIError', versions: 'all', current: true }],
    },
    related: ['403'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '402',
    status: 402,
    type: 'billing_error',
    summary: {
      en: 'There is a problem with your billing or payment information.',
      ko: '결제 또는 청구 정보에 문제가 있습니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      // §5.5: Python has no 402 class; other 4xx map to the bare APIStatusError.
      python: [{ name: 'APIStatusError', parent: 'APIError', versions: 'all (no dedicated class)', current: true }],
      // §6.2: PaymentRequiredError arrived in 1.5.0; 0.x raises the base APIError.
      typescript: [
        { name: 'PaymentRequiredError', parent: 'APIError', versions: '>=1.5.0', current: true },
        { name: 'APIError', parent: 'AnthropicError', versions: '0.x' },
      ],
    },
    related: ['429', '403'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '403',
    status: 403,
    type: 'permission_error',
    summary: {
      en: 'The API key does not have permission to use the resource.',
      ko: 'API 키에 해당 리소스를 쓸 권한이 없습니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      python: [{ name: 'PermissionDeniedError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'PermissionDeniedError', parent: 'APIError', versions: 'all', current: true }],
    },
    related: ['401', '404'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '404',
    status: 404,
    type: 'not_found_error',
    summary: {
      en: 'The requested resource was not found.',
      ko: '요청한 리소스를 찾을 수 없습니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      python: [{ name: 'NotFoundError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'NotFoundError', parent: 'APIError', versions: 'all', current: true }],
    },
    examples: [
      {
        kind: 'http',
        status: 404,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        // Verbatim from the errors page (§2).
        body: {
          type: 'error',
          error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
          request_id: REQ_A,
        },
      },
    ],
    related: ['403', '400'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '409',
    status: 409,
    type: 'conflict_error',
    summary: {
      en: 'The request conflicts with the current state of the resource.',
      ko: '요청이 리소스의 현재 상태와 충돌합니다.',
    },
    verdict: 'depends',
    // §5.2 / §6.1: 409 is in both SDKs' retry list.
    sdkRetries: true,
    classes: {
      python: [{ name: 'ConflictError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'ConflictError', parent: 'APIError', versions: 'all', current: true }],
    },
    related: ['400'],
    guides: ['retries', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '413',
    status: 413,
    type: 'request_too_large',
    summary: {
      en: 'The request exceeds the maximum size; the edge rejects it before it reaches the API.',
      ko: '요청 크기가 최대 한도를 넘었습니다. API 서버에 닿기 전에 엣지에서 거절됩니다.',
    },
    verdict: 'do-not-retry',
    sdkRetries: false,
    classes: {
      python: [
        { name: 'RequestTooLargeError', parent: 'APIStatusError', versions: '>=0.47.0 (AsyncAnthropic >=0.85.0)', current: true },
      ],
      typescript: [
        { name: 'ContentTooLargeError', parent: 'APIError', versions: '>=1.5.0', current: true },
        { name: 'APIError', parent: 'AnthropicError', versions: '0.x' },
      ],
    },
    related: ['400'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    sources: [ERRORS_PAGE, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '429',
    status: 429,
    type: 'rate_limit_error',
    summary: {
      en: 'You hit a rate limit, or your usage tier’s monthly spend cap.',
      ko: '속도 제한에 걸렸거나, 사용 티어의 월 지출 상한에 도달했습니다.',
    },
    // The rate-limit 429 carries retry-after; the spend-cap 429 carries none, and then there is nothing to wait for (§4).
    verdict: 'retry-after',
    sdkRetries: true,
    classes: {
      python: [{ name: 'RateLimitError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [
        { name: 'RateLimitError', parent: 'APIError', versions: 'all', current: true },
        { name: 'EnforcedSpendLimitReachedError', parent: 'RateLimitError', versions: '>=1.5.0 (spend cap)', current: true },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'Rate limit: wait for `retry-after`. The message names the limit that was exceeded; its wording varies and is elided here.',
          ko: '속도 제한: `retry-after`만큼 기다립니다. message는 초과한 한도를 알려 주며 문구가 경우마다 달라 여기서는 생략했습니다.',
        },
        status: 429,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
          ['retry-after', '17'],
          ['anthropic-ratelimit-requests-limit', '50'],
          ['anthropic-ratelimit-requests-remaining', '0'],
          ['anthropic-ratelimit-requests-reset', '2026-11-24T09:31:17Z'],
        ],
        body: {
          type: 'error',
          error: { type: 'rate_limit_error', message: '…' },
          request_id: REQ_B,
        },
      },
      {
        kind: 'http',
        caption: {
          en: 'Spend cap: no `retry-after`, `error.details.error_code` is `enforced_spend_limit_reached`. Retrying fails until access resumes.',
          ko: '월 지출 상한: `retry-after`가 없고 `error.details.error_code`가 `enforced_spend_limit_reached`입니다. 접근이 재개될 때까지 재시도는 계속 실패합니다.',
        },
        status: 429,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        // Message verbatim from the rate-limits page (§4).
        body: {
          type: 'error',
          error: {
            type: 'rate_limit_error',
            message:
              'You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization\'s API tier. You will regain access on 2026-09-01 at 00:00 UTC.',
            details: { error_code: 'enforced_spend_limit_reached' },
          },
          request_id: REQ_A,
        },
      },
    ],
    related: ['529', '400', '402'],
    guides: ['rate-limits', 'retries'],
    preset: { ...sdkDefault, retryAfterSeconds: 17 },
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, RATE_LIMITS, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: true,
  },
  {
    slug: '500',
    status: 500,
    type: 'api_error',
    summary: {
      en: 'An unexpected error occurred inside Anthropic’s systems.',
      ko: 'Anthropic 시스템 내부에서 예상치 못한 오류가 났습니다.',
    },
    verdict: 'retry-backoff',
    sdkRetries: true,
    classes: {
      python: [{ name: 'InternalServerError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [{ name: 'InternalServerError', parent: 'APIError', versions: 'all', current: true }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here; branch on the status and `error.type`, never on the message.',
          ko: 'message 문구는 문서화돼 있지 않아 생략했습니다. 분기는 message가 아니라 상태 코드와 `error.type`으로 하세요.',
        },
        status: 500,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
        ],
        body: { type: 'error', error: { type: 'api_error', message: '…' }, request_id: REQ_B },
      },
    ],
    related: ['529', '504', 'connection-error'],
    guides: ['retries', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_SDK, TS_SDK, BILLING, BEDROCK],
    lastChecked: CHECKED,
    published: true,
  },
  {
    slug: '504',
    status: 504,
    type: 'timeout_error',
    summary: {
      en: 'The request timed out while it was being processed.',
      ko: '요청을 처리하는 도중 시간이 초과됐습니다.',
    },
    verdict: 'retry-backoff',
    sdkRetries: true,
    classes: {
      python: [{ name: 'InternalServerError', parent: 'APIStatusError', versions: 'all', current: true }],
      typescript: [
        { name: 'GatewayTimeoutError', parent: 'InternalServerError', versions: '>=1.5.0', current: true },
        { name: 'InternalServerError', parent: 'APIError', versions: '0.x' },
      ],
    },
    related: ['connection-error', '500'],
    guides: ['retries'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, STREAMING, PY_SDK, TS_SDK, BILLING],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: '529',
    status: 529,
    type: 'overloaded_error',
    summary: {
      en: 'The API is temporarily overloaded by traffic across all users.',
      ko: '전체 사용자 트래픽이 몰려 API가 일시적으로 과부하 상태입니다.',
    },
    verdict: 'retry-backoff',
    sdkRetries: true,
    classes: {
      // §5.5: OverloadedError subclasses APIStatusError, not InternalServerError. AsyncAnthropic got the mapping in 0.85.0.
      python: [
        { name: 'OverloadedError', parent: 'APIStatusError', versions: '>=0.47.0 (AsyncAnthropic >=0.85.0)', current: true },
        { name: 'InternalServerError', parent: 'APIStatusError', versions: '<0.47.0; AsyncAnthropic <0.85.0' },
      ],
      // §6.2: the opposite parentage in TypeScript 1.x; 0.x has no OverloadedError.
      typescript: [
        { name: 'OverloadedError', parent: 'InternalServerError', versions: '>=1.5.0', current: true },
        { name: 'InternalServerError', parent: 'APIError', versions: '0.x' },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'A non-streaming request. The body is the `overloaded_error` of the streaming docs; whether 529 carries `retry-after` is not documented.',
          ko: '스트리밍이 아닌 요청입니다. 본문은 스트리밍 문서의 `overloaded_error`와 같고, 529에 `retry-after`가 붙는지는 문서화돼 있지 않습니다.',
        },
        status: 529,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: REQ_A },
      },
      {
        kind: 'sse',
        caption: {
          en: 'The same overload in the middle of a stream: the response already said 200 (see stream-error).',
          ko: '스트림 도중에 온 같은 과부하입니다. 응답은 이미 200으로 시작했습니다(stream-error 참고).',
        },
        // Verbatim from the streaming docs, "Error events" (§3).
        text: 'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}\n',
      },
    ],
    related: ['429', '500', 'stream-error'],
    guides: ['retries', 'rate-limits', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, STREAMING, RATE_LIMITS, PY_SDK, TS_SDK, BILLING, PRICING, BEDROCK, VERTEX],
    lastChecked: CHECKED,
    published: true,
  },
  {
    slug: 'connection-error',
    status: null,
    type: null,
    summary: {
      en: 'No HTTP response: the connection failed or the client’s timeout fired.',
      ko: 'HTTP 응답이 없습니다. 연결이 실패했거나 클라이언트 타임아웃이 발생했습니다.',
    },
    verdict: 'retry-backoff',
    sdkRetries: true,
    classes: {
      python: [
        { name: 'APIConnectionError', parent: 'APIError', versions: 'all', current: true },
        { name: 'APITimeoutError', parent: 'APIConnectionError', versions: 'all', current: true },
      ],
      typescript: [
        { name: 'APIConnectionError', parent: 'APIError', versions: 'all', current: true },
        { name: 'APIConnectionTimeoutError', parent: 'APIConnectionError', versions: 'all', current: true },
      ],
    },
    related: ['504', 'stream-error'],
    guides: ['retries', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [PY_SDK, TS_SDK, BILLING],
    lastChecked: CHECKED,
    published: false,
  },
  {
    slug: 'stream-error',
    status: null,
    type: null,
    summary: {
      en: 'The stream started with HTTP 200, then sent `event: error`.',
      ko: '스트림이 HTTP 200으로 시작한 뒤 `event: error`를 보냈습니다.',
    },
    verdict: 'depends',
    // §3: the SDK retry loop wraps only the initial request, not a stream that already answered 200.
    sdkRetries: false,
    classes: {
      python: [{ name: 'APIStatusError', parent: 'APIError', versions: 'all (status_code 200)', current: true }],
      typescript: [{ name: 'APIError', parent: 'AnthropicError', versions: 'all (status undefined)', current: true }],
    },
    related: ['529', 'connection-error'],
    guides: ['sdk-exceptions', 'retries'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, STREAMING, PY_SDK, TS_SDK],
    lastChecked: CHECKED,
    published: false,
  },
];
