// The language-neutral facts of every catalogue entry, in one place.
// Every fact here comes from ../shared/reference/claude-api-errors.md (section numbers in comments),
// or, for SDK versions after its reading, from sdk-versions-2026-12.md (T/P item numbers), which wins
// where the two disagree.
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
/** Read 2026-12-05 (sdk-versions-2026-12.md §0). */
const SDK_CHECKED = '2026-12-05';
const PY_RELEASES = { title: 'anthropic-sdk-python releases (2.5.0, 2.6.0, 2.17.0)', url: 'https://github.com/anthropics/anthropic-sdk-python/releases', checked: SDK_CHECKED };
const TS_CHANGELOG = { title: '@anthropic-ai/sdk CHANGELOG (1.13.0–1.17.0)', url: 'https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md', checked: SDK_CHECKED };
const MIGRATION = { title: 'Claude API docs: Migrating to API version 2026-10-21', url: 'https://platform.claude.com/docs/en/api/migration-2026-10-21', checked: SDK_CHECKED };
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
    verdict: 'fix-request',
    sdkRetries: false,
    classes: {
      python: [{ name: 'BadRequestError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'BadRequestError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'A validation error. The message names what is wrong; its wording varies from case to case and is elided here.',
          ko: '검증 오류입니다. 메시지가 무엇이 잘못됐는지 알려 주며, 문구가 경우마다 달라 여기서는 생략했습니다.',
        },
        status: 400,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        body: { type: 'error', error: { type: 'invalid_request_error', message: '…' }, request_id: REQ_A },
      },
      {
        kind: 'http',
        caption: {
          en: 'A spend limit you set on a workspace is reached: 400, not 429. The message begins as shown (for the organization: `You have reached your specified API usage limits`); the rest is elided here.',
          ko: '워크스페이스에 직접 설정한 지출 한도에 도달: 429가 아니라 400입니다. 메시지는 이렇게 시작하며(조직 한도는 `You have reached your specified API usage limits`), 나머지는 생략했습니다.',
        },
        status: 400,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
        ],
        // Message beginning from the errors page (§1).
        body: {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'You have reached your specified workspace API usage limits…' },
          request_id: REQ_B,
        },
      },
      {
        kind: 'exception',
        caption: {
          en: 'Not a 400: the SDK raises this before sending anything, so there is no status and no request ID. The rest of the message is elided here.',
          ko: '400이 아닙니다. SDK가 요청을 보내기 전에 던지므로 상태 코드도 요청 ID도 없습니다. 메시지 뒷부분은 생략했습니다.',
        },
        // §5.4 / §6.1: the non-streaming long-request guard.
        python: 'ValueError: Streaming is required for operations that may take longer than 10 minutes. …',
        typescript: 'AnthropicError: Streaming is required for operations that may take longer than 10 minutes. …',
      },
    ],
    related: ['429', '402', '413'],
    guides: ['sdk-exceptions', 'rate-limits'],
    preset: noRetry,
    // §0 (versioning), §1 (meaning, spend limits, validation messages), §4, §5.4/§6.1 (streaming guard), §7 (Bedrock, Vertex), §8.1.
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      RATE_LIMITS,
      src('Claude API docs: Versioning', 'https://platform.claude.com/docs/en/api/versioning'),
      MIGRATION,
      PY_SDK,
      TS_SDK,
      BILLING,
      BEDROCK,
      VERTEX,
    ],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '401',
    status: 401,
    type: 'authentication_error',
    summary: {
      en: 'The API key is malformed, revoked or expired.',
      ko: 'API 키 형식이 잘못됐거나, 폐기됐거나, 만료됐습니다.',
    },
    verdict: 'fix-credentials',
    sdkRetries: false,
    classes: {
      python: [{ name: 'AuthenticationError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'AuthenticationError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The key is malformed, revoked or expired. The message text is not documented and is elided here.',
          ko: '키 형식이 잘못됐거나 폐기·만료됐습니다. 메시지 문구는 문서화돼 있지 않아 생략했습니다.',
        },
        status: 401,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        body: { type: 'error', error: { type: 'authentication_error', message: '…' }, request_id: REQ_A },
      },
      {
        kind: 'http',
        caption: {
          en: 'Not a key problem: an organization setting about requests with a browser `Origin` header. The message begins as shown; the rest is elided here.',
          ko: '키 문제가 아닙니다. 브라우저 `Origin` 헤더가 붙은 요청에 관한 조직 설정입니다. 메시지는 이렇게 시작하며 나머지는 생략했습니다.',
        },
        status: 401,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
        ],
        // Message beginning from the errors page (§1).
        body: {
          type: 'error',
          error: { type: 'authentication_error', message: 'CORS requests are not allowed for this Organization…' },
          request_id: REQ_B,
        },
      },
    ],
    related: ['403'],
    guides: ['sdk-exceptions', 'platforms'],
    preset: noRetry,
    // §1 (meaning, CORS, Claude Platform on AWS), §2 (two request IDs), §5.5, §6.1 (token-cache refresh), §7.1, §8.1.
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, PY_SDK, TS_SDK, BILLING, BEDROCK],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '402',
    status: 402,
    type: 'billing_error',
    summary: {
      en: 'There is a problem with your billing or payment information.',
      ko: '결제 또는 청구 정보에 문제가 있습니다.',
    },
    verdict: 'billing',
    sdkRetries: false,
    classes: {
      python: [
        // sdk-versions §2 P3: 2.5.0 adds PaymentRequiredError; that a 402 raises it is likely, not published.
        {
          name: 'PaymentRequiredError',
          parent: 'APIStatusError',
          range: '>=2.5.0',
          evidence: 'unconfirmed',
          note: {
            en: 'The 2.5.0 release notes add the class; the status mapping and its parent are not published. `e.status_code == 402` works in every version.',
            ko: '2.5.0 릴리스 노트에 클래스가 추가됐지만, 상태 코드 매핑과 상위 클래스는 공개되지 않았습니다. `e.status_code == 402`는 모든 버전에서 동작합니다.',
          },
        },
        // §5.5, run on 1.13.0: no 402 class; other 4xx map to the bare APIStatusError.
        { name: 'APIStatusError', parent: 'APIError', range: '<2.5.0', evidence: 'tested' },
      ],
      // §6.2, run on 1.12.0 and 1.17.0: PaymentRequiredError arrived in 1.5.0; before it, the base APIError.
      typescript: [
        { name: 'PaymentRequiredError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested' },
        // §6.2: one of the error_code subclasses, selected by `${status} ${error_code}`.
        {
          name: 'LinkedOrganizationSpendLimitReachedError',
          parent: 'PaymentRequiredError',
          // error-variants §1.3: added in 1.10.0 ("linked billing refusals").
          range: '>=1.10.0',
          evidence: 'source',
          errorCode: 'linked_organization_spend_limit_reached',
        },
        { name: 'APIError', parent: 'AnthropicError', range: '<1.5.0', evidence: 'source' },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here. In Python before 2.5.0 this is a bare `APIStatusError`; 2.5.0 and later have `PaymentRequiredError` (mapping not confirmed). `status_code == 402` works in both.',
          ko: '메시지 문구는 문서화돼 있지 않아 생략했습니다. 2.5.0 이전의 Python에서는 일반 `APIStatusError`로 오고, 2.5.0 이상에는 `PaymentRequiredError`가 있습니다(매핑은 확인되지 않음). `status_code == 402`는 두 버전 모두에서 통합니다.',
        },
        status: 402,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        body: { type: 'error', error: { type: 'billing_error', message: '…' }, request_id: REQ_A },
      },
    ],
    related: ['400', '429'],
    guides: ['sdk-exceptions'],
    preset: noRetry,
    // §1 (meaning, history), §5.5 (no Python class), §6.2 (TS classes), §7 (no 402 on Bedrock/Vertex), §8.1.
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, PY_SDK, TS_SDK, BILLING],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '403',
    status: 403,
    type: 'permission_error',
    summary: {
      en: 'The API key does not have permission to use the resource.',
      ko: 'API 키에 해당 리소스를 쓸 권한이 없습니다.',
    },
    verdict: 'grant-access',
    sdkRetries: false,
    classes: {
      python: [{ name: 'PermissionDeniedError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'PermissionDeniedError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here. The key was accepted; it lacks permission for the resource.',
          ko: '메시지 문구는 문서화돼 있지 않아 생략했습니다. 키는 받아들여졌지만 해당 리소스 권한이 없습니다.',
        },
        status: 403,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
        ],
        body: { type: 'error', error: { type: 'permission_error', message: '…' }, request_id: REQ_B },
      },
    ],
    related: ['401', '404'],
    guides: ['sdk-exceptions', 'platforms'],
    preset: noRetry,
    // §1, §2 (anthropic-workspace-id), §5.5/§5.7, §7.1 (AccessDeniedException 403 per the service model), §7.2, §8.1.
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      PY_SDK,
      TS_SDK,
      BILLING,
      BEDROCK,
      src(
        'botocore: Bedrock Runtime service model (AccessDeniedException)',
        'https://github.com/boto/botocore/blob/cd9207757d/botocore/data/bedrock-runtime/2023-09-30/service-2.json',
      ),
      VERTEX,
    ],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '404',
    status: 404,
    type: 'not_found_error',
    summary: {
      en: 'The requested resource was not found.',
      ko: '요청한 리소스를 찾을 수 없습니다.',
    },
    verdict: 'fix-request',
    sdkRetries: false,
    classes: {
      python: [{ name: 'NotFoundError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'NotFoundError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The sample body from the errors page. It does not say which resource is missing: check the path and the IDs in the request.',
          ko: '오류 문서에 실린 예시 본문입니다. 어떤 리소스가 없는지는 알려 주지 않으므로 요청의 경로와 ID를 직접 확인해야 합니다.',
        },
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
    guides: ['sdk-exceptions', 'platforms'],
    preset: noRetry,
    // §1 (meaning), §2 (body), §5.2/§6.1 (not retried), §7.1 (Bedrock 404s), §7.2 (Vertex 404, model in the URL).
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, PY_SDK, TS_SDK, BILLING, BEDROCK, VERTEX],
    lastChecked: SDK_CHECKED,
    published: true,
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
      python: [{ name: 'ConflictError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'ConflictError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here. In Python, `conflict_error` is missing from the SDK’s `ErrorType`; branch on the status or the class.',
          ko: '메시지 문구는 문서화돼 있지 않아 생략했습니다. Python SDK의 `ErrorType`에는 `conflict_error`가 없으므로 상태 코드나 클래스로 분기하세요.',
        },
        status: 409,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_B],
        ],
        body: { type: 'error', error: { type: 'conflict_error', message: '…' }, request_id: REQ_B },
      },
    ],
    related: ['429', '400'],
    guides: ['retries', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      PY_SDK,
      TS_SDK,
      BILLING,
      // §9.1: jitter for clients contending on one row (the fix section).
      src('AWS Architecture Blog: Exponential Backoff And Jitter', 'https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/'),
    ],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '413',
    status: 413,
    type: 'request_too_large',
    summary: {
      en: 'The request exceeds the endpoint’s maximum size; on the direct API, Cloudflare rejects it before it reaches the API servers.',
      ko: '요청 크기가 엔드포인트의 최대 한도를 넘었습니다. Claude API를 직접 호출하면 요청이 API 서버에 닿기 전에 Cloudflare가 거절합니다.',
    },
    verdict: 'fix-request',
    sdkRetries: false,
    classes: {
      // §5.5: the 413 mapping arrived in 0.47.0, in AsyncAnthropic only in 0.85.0; without it an
      // unmapped 4xx is the bare APIStatusError. sdk-versions P3: 2.5.0 adds ContentTooLargeError too.
      python: [
        {
          name: 'RequestTooLargeError',
          parent: 'APIStatusError',
          range: '>=2.5.0',
          evidence: 'unconfirmed',
          note: {
            en: '2.5.0 also adds `ContentTooLargeError`; which of the two a 413 raises is not published. `e.status_code == 413` works in every version.',
            ko: '2.5.0에는 `ContentTooLargeError`도 추가됐으며, 413이 둘 중 어느 클래스로 오는지는 공개되지 않았습니다. `e.status_code == 413`은 모든 버전에서 동작합니다.',
          },
        },
        {
          name: 'RequestTooLargeError',
          parent: 'APIStatusError',
          range: '>=0.47.0 <2.5.0',
          evidence: 'tested',
          note: { en: '`AsyncAnthropic` from 0.85.0.', ko: '`AsyncAnthropic`은 0.85.0부터.' },
        },
        { name: 'APIStatusError', parent: 'APIError', range: '<0.47.0', evidence: 'source' },
      ],
      // §6.2 / §10.3: a different name in TypeScript; before 1.5.0 there is no 413 class.
      typescript: [
        { name: 'ContentTooLargeError', parent: 'APIError', range: '>=1.5.0', evidence: 'tested' },
        { name: 'APIError', parent: 'AnthropicError', range: '<1.5.0', evidence: 'source' },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The errors page lists `request_too_large` for 413 and gives errors this JSON shape. On the direct API, though, Cloudflare sends the 413 before the request reaches the API servers, and public reports (claude-code #10314, #3335; anthropic-sdk-python #938) show bodies without the envelope and without `request_id`. Message and headers are elided.',
          ko: '오류 문서는 413에 `request_too_large`를 나열하고 오류 본문을 이런 JSON 형태로 설명합니다. 하지만 Claude API를 직접 호출하면 요청이 API 서버에 닿기 전에 Cloudflare가 413을 보내며, 평소 형식도 `request_id`도 없는 본문이 공개 이슈(claude-code #10314, #3335, anthropic-sdk-python #938)에 보고돼 있습니다. 메시지와 헤더는 생략했습니다.',
        },
        status: 413,
        headers: [],
        body: { type: 'error', error: { type: 'request_too_large', message: '…' } },
      },
    ],
    related: ['400'],
    guides: ['sdk-exceptions', 'platforms'],
    preset: noRetry,
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      PY_SDK,
      TS_SDK,
      BILLING,
      // §7.1: Bedrock's 25,000,000-byte cap is the `Body` shape's maximum in the service model.
      src(
        'botocore: bedrock-runtime service model (request body limit)',
        'https://github.com/boto/botocore/blob/develop/botocore/data/bedrock-runtime/2023-09-30/service-2.json',
      ),
    ],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: '429',
    status: 429,
    type: 'rate_limit_error',
    summary: {
      en: 'You hit a rate limit, or your usage tier’s monthly spend cap.',
      ko: '속도 제한에 걸렸거나, 사용량 티어의 월 지출 상한에 도달했습니다.',
    },
    // The rate-limit 429 carries retry-after; the spend-cap 429 carries none, and then there is nothing to wait for (§4).
    verdict: 'retry-after',
    sdkRetries: true,
    classes: {
      python: [{ name: 'RateLimitError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [
        { name: 'RateLimitError', parent: 'APIError', range: '*', evidence: 'tested' },
        {
          name: 'EnforcedSpendLimitReachedError',
          parent: 'RateLimitError',
          range: '>=1.5.0',
          evidence: 'tested',
          errorCode: 'enforced_spend_limit_reached',
        },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'Rate limit: wait for `retry-after`. The message names the limit that was exceeded; its wording varies and is elided here. The header values are illustrative, not from a real response.',
          ko: '속도 제한: `retry-after`만큼 기다립니다. 메시지는 초과한 한도를 알려 주며 문구가 경우마다 달라 여기서는 생략했습니다. 헤더 값은 실제 응답이 아닌 예시입니다.',
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
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, RATE_LIMITS, PY_SDK, TS_SDK],
    lastChecked: SDK_CHECKED,
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
      python: [{ name: 'InternalServerError', parent: 'APIStatusError', range: '*', evidence: 'tested' }],
      typescript: [{ name: 'InternalServerError', parent: 'APIError', range: '*', evidence: 'tested' }],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here; branch on the status and `error.type`, never on the message.',
          ko: '메시지 문구는 문서화돼 있지 않아 생략했습니다. 분기는 메시지가 아니라 상태 코드와 `error.type`으로 하세요.',
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
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, PY_SDK, TS_SDK, BILLING, BEDROCK],
    lastChecked: SDK_CHECKED,
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
      // §5.5: no 504 class for the first-party client before 2.5.0; any other ≥500 is InternalServerError.
      // sdk-versions P3: 2.5.0 adds GatewayTimeoutError; its mapping and parent are not published.
      python: [
        {
          name: 'GatewayTimeoutError',
          parent: 'InternalServerError',
          range: '>=2.5.0',
          evidence: 'unconfirmed',
          note: {
            en: 'The 2.5.0 release notes add the class; the status mapping and its parent are not published. `e.status_code == 504` works in every version.',
            ko: '2.5.0 릴리스 노트에 클래스가 추가됐지만, 상태 코드 매핑과 상위 클래스는 공개되지 않았습니다. `e.status_code == 504`는 모든 버전에서 동작합니다.',
          },
        },
        { name: 'InternalServerError', parent: 'APIStatusError', range: '<2.5.0', evidence: 'tested' },
        // §5.7: only AnthropicVertex maps 504 to DeadlineExceededError; from 2.6.0 the platform clients share the base mapping (P6).
        {
          name: 'DeadlineExceededError',
          parent: 'APIStatusError',
          range: '>=0.47.0 <2.6.0',
          clients: ['AnthropicVertex'],
          evidence: 'source',
        },
      ],
      typescript: [
        { name: 'GatewayTimeoutError', parent: 'InternalServerError', range: '>=1.5.0', evidence: 'tested' },
        { name: 'InternalServerError', parent: 'APIError', range: '<1.5.0', evidence: 'source' },
      ],
    },
    examples: [
      {
        kind: 'http',
        caption: {
          en: 'The message text is not documented and is elided here; branch on the status and `error.type`, never on the message.',
          ko: '메시지 문구는 문서화돼 있지 않아 생략했습니다. 분기는 메시지가 아니라 상태 코드와 `error.type`으로 하세요.',
        },
        status: 504,
        headers: [
          ['content-type', 'application/json'],
          ['request-id', REQ_A],
        ],
        body: { type: 'error', error: { type: 'timeout_error', message: '…' }, request_id: REQ_A },
      },
    ],
    related: ['connection-error', '500', 'stream-error'],
    guides: ['retries', 'sdk-exceptions', 'platforms'],
    preset: sdkDefault,
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      STREAMING,
      PY_SDK,
      TS_SDK,
      BILLING,
      VERTEX,
      // §7.1: ModelTimeoutException (408).
      src(
        'botocore: Bedrock Runtime service model (exceptions and HTTP codes)',
        'https://github.com/boto/botocore/blob/cd9207757d/botocore/data/bedrock-runtime/2023-09-30/service-2.json',
      ),
    ],
    lastChecked: SDK_CHECKED,
    published: true,
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
      // sdk-versions P4: 2.5.0 made OverloadedError a subclass of InternalServerError (release notes, not run).
      // §5.5, run on 1.13.0: before that it subclasses APIStatusError; AsyncAnthropic got the mapping in 0.85.0.
      python: [
        { name: 'OverloadedError', parent: 'InternalServerError', range: '>=2.5.0', evidence: 'release-notes' },
        {
          name: 'OverloadedError',
          parent: 'APIStatusError',
          range: '>=0.47.0 <2.5.0',
          evidence: 'tested',
          note: { en: '`AsyncAnthropic` from 0.85.0.', ko: '`AsyncAnthropic`은 0.85.0부터.' },
        },
        { name: 'InternalServerError', parent: 'APIStatusError', range: '<0.47.0', evidence: 'source' },
      ],
      // §6.2: TypeScript 1.5.0 and later; before it there is no OverloadedError.
      typescript: [
        { name: 'OverloadedError', parent: 'InternalServerError', range: '>=1.5.0', evidence: 'tested' },
        { name: 'InternalServerError', parent: 'APIError', range: '<1.5.0', evidence: 'source' },
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
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, STREAMING, RATE_LIMITS, PY_SDK, TS_SDK, BILLING, PRICING, BEDROCK, VERTEX],
    lastChecked: SDK_CHECKED,
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
        { name: 'APIConnectionError', parent: 'APIError', range: '*', evidence: 'tested' },
        { name: 'APITimeoutError', parent: 'APIConnectionError', range: '*', evidence: 'tested' },
      ],
      typescript: [
        { name: 'APIConnectionError', parent: 'APIError', range: '*', evidence: 'tested' },
        { name: 'APIConnectionTimeoutError', parent: 'APIConnectionError', range: '*', evidence: 'tested' },
      ],
    },
    examples: [
      {
        kind: 'exception',
        caption: {
          en: 'The connection failed or dropped before a response. Python: the last line of the traceback (1.13.0; 2.17.0 names the host, cause and timeout, wording not published); TypeScript: `String(err)` (1.17.0, run against a local test server whose socket was destroyed). The underlying error is attached as the cause.',
          ko: '응답 전에 연결이 실패했거나 끊긴 경우입니다. Python은 트레이스백의 마지막 줄(1.13.0 기준, 2.17.0은 호스트·원인·타임아웃을 넣지만 문구는 공개되지 않음), TypeScript는 `String(err)`(1.17.0, 소켓을 끊는 로컬 테스트 서버로 실행)입니다. 근본 오류는 cause로 붙어 있습니다.',
        },
        // §5.5 ("Connection error."); the TypeScript line was printed by 1.12.0 against a closed port.
        python: 'anthropic.APIConnectionError: Connection error.',
        // sdk-versions T4, run on 1.17.0; 1.12.0–1.16.0 print the fixed text.
        typescript: 'APIConnectionError: Connection to 127.0.0.1:39893 failed: UND_ERR_SOCKET',
        older: [{ sdk: 'typescript', range: '>=1.12.0 <1.17.0', text: 'APIConnectionError: Connection error.' }],
      },
      {
        kind: 'exception',
        caption: {
          en: 'The client’s timeout fired. The Python message (it mentions a network timeout, a dropped connection or request cancellation) is elided here. TypeScript 1.17.0 names the host and port and, when its own timer fired, the timeout (0.3 s in this test; 600 s by default).',
          ko: '클라이언트 타임아웃이 발생한 경우입니다. Python 메시지(네트워크 타임아웃, 연결 끊김, 요청 취소를 언급)는 여기서 생략했습니다. TypeScript 1.17.0은 호스트와 포트, 그리고 자체 타이머가 만료된 경우 타임아웃 값(이 테스트에서는 0.3초, 기본값은 600초)을 메시지에 넣습니다.',
        },
        // §5.4. TypeScript: sdk-versions T5, run on 1.17.0 with a 0.3 s client timeout against a local server.
        python: 'anthropic.APITimeoutError: …',
        typescript: 'APIConnectionTimeoutError: Request to <host:port> timed out after 0.3s',
        older: [{ sdk: 'typescript', range: '>=1.12.0 <1.17.0', text: 'APIConnectionTimeoutError: Request timed out.' }],
      },
    ],
    related: ['504', 'stream-error', '500'],
    guides: ['retries', 'sdk-exceptions'],
    preset: sdkDefault,
    sources: [ERRORS_PAGE, ERRORS_PAGE_KO, PY_RELEASES, TS_CHANGELOG, PY_SDK, TS_SDK, BILLING],
    lastChecked: SDK_CHECKED,
    published: true,
  },
  {
    slug: 'stream-error',
    status: null,
    type: null,
    summary: {
      en: 'The stream started with HTTP 200, then sent an error event (event: error).',
      ko: '스트림이 HTTP 200으로 시작한 뒤 오류 이벤트(event: error)를 보냈습니다.',
    },
    verdict: 'depends',
    // §3: the SDK retry loop wraps only the initial request, not a stream that already answered 200.
    sdkRetries: false,
    classes: {
      // §3 (read in 0.121.0 and 1.13.0; run on 1.13.0). 2.x: not confirmed (sdk-versions §5).
      // §5.7: AnthropicBedrock 0.121.0 raised ValueError instead; fixed by 1.13.0 (first fixed release unknown).
      python: [
        {
          name: 'APIStatusError',
          parent: 'APIError',
          range: '>=2.0.0',
          evidence: 'unconfirmed',
          note: {
            en: 'What 2.x raises for an error inside a stream is not published; check `e.type`, which every version sets.',
            ko: '2.x가 스트림 도중 오류에 어떤 클래스를 던지는지는 공개되지 않았습니다. 모든 버전이 채우는 `e.type`으로 확인하세요.',
          },
        },
        {
          name: 'APIStatusError',
          parent: 'APIError',
          range: '<2.0.0',
          evidence: 'tested',
          note: { en: '`status_code` is 200.', ko: '`status_code`는 200입니다.' },
        },
        {
          name: 'ValueError',
          parent: 'Exception',
          range: '<1.13.0',
          clients: ['AnthropicBedrock'],
          evidence: 'source',
          note: {
            en: 'For AWS exception frames; seen in 0.121.0, fixed by 1.13.0.',
            ko: 'AWS 예외 프레임에서 발생합니다. 0.121.0에서 확인됐고 1.13.0에서 고쳐졌습니다.',
          },
        },
      ],
      // §3 (read in 0.120.0 and 1.12.0); run on 1.12.0 and 1.17.0.
      typescript: [
        {
          name: 'APIError',
          parent: 'AnthropicError',
          range: '*',
          evidence: 'tested',
          note: { en: '`status` is `undefined`.', ko: '`status`는 `undefined`입니다.' },
        },
      ],
    },
    examples: [
      {
        kind: 'sse',
        caption: {
          en: 'Verbatim from the streaming docs. The event arrives in a response whose status was already 200, after whatever events had already been sent.',
          ko: '스트리밍 문서에 나온 그대로입니다. 이 이벤트는 상태 코드가 이미 200인 응답 안에서, 그때까지 보낸 이벤트들 뒤에 옵니다.',
        },
        // Verbatim from the streaming docs, "Error events" (§3).
        text: 'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}\n',
      },
    ],
    related: ['529', 'connection-error', '504'],
    guides: ['sdk-exceptions', 'retries', 'platforms'],
    // The SDKs do not retry it (§3): no SDK schedule to show.
    preset: noRetry,
    sources: [
      ERRORS_PAGE,
      ERRORS_PAGE_KO,
      PY_RELEASES,
      TS_CHANGELOG,
      STREAMING,
      PY_SDK,
      TS_SDK,
      BILLING,
      // §5.7, §6.3, §7.1: Bedrock exceptions inside the event stream.
      src(
        'anthropic-sdk-python issue #1477: Bedrock stream exceptions raise ValueError',
        'https://github.com/anthropics/anthropic-sdk-python/issues/1477',
      ),
      src(
        'Amazon Bedrock API reference: ResponseStream',
        'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ResponseStream.html',
      ),
      src(
        'botocore: Bedrock Runtime service model (exceptions and HTTP codes)',
        'https://github.com/boto/botocore/blob/cd9207757d/botocore/data/bedrock-runtime/2023-09-30/service-2.json',
      ),
    ],
    lastChecked: SDK_CHECKED,
    published: true,
  },
];
