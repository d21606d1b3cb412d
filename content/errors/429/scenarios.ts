import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/429/snippet.py and snippet.ts with their defaults
// (max_attempts 3, default_wait 10 s, max_wait 60 s). The snippet reads the wait as the SDK
// does: retry-after-ms, then retry-after in seconds, then as an HTTP date. SDK waits without
// retry-after are its own backoff: 0.375–0.5 s before the 1st retry, 0.75–1 s before the 2nd.

const rateLimit: FaultStep = {
  kind: 'error',
  status: 429,
  error: { type: 'rate_limit_error', message: 'Number of requests has exceeded your per-minute rate limit.' },
};
const rateLimitRetryAfter1: FaultStep = { ...rateLimit, headers: { 'retry-after': '1' } };

const sdkRetryAfter1: ExpectedWait = { by: 'sdk', seconds: 1 };
const snippetRetryAfter1: ExpectedWait = { by: 'snippet', seconds: 1 };

const rateLimitError = {
  python: { class: 'RateLimitError', attrs: { status_code: 429, type: 'rate_limit_error' } },
  typescript: { class: 'RateLimitError', attrs: { status: 429, type: 'rate_limit_error' } },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'clears-after-a-few',
    title: {
      en: 'Rate limit clears on the 5th request: two SDK retries, then one more call',
      ko: '5번째 요청에서 한도가 풀림: SDK가 두 번 재시도한 뒤 스니펫이 한 번 더 호출',
    },
    responses: [{ ...rateLimitRetryAfter1, times: 4 }, message],
    expect: {
      attempts: 5,
      outcome: { kind: 'message' },
      waits: [sdkRetryAfter1, sdkRetryAfter1, snippetRetryAfter1, sdkRetryAfter1],
    },
  },
  {
    id: 'never-clears',
    title: {
      en: 'Rate limit never clears: RateLimitError after 9 requests (3 calls × 3 SDK attempts)',
      ko: '한도가 계속 걸림: 요청 9번(호출 3번 × SDK 시도 3번) 뒤 RateLimitError',
    },
    responses: [rateLimitRetryAfter1],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...rateLimitError },
      waits: [
        sdkRetryAfter1, sdkRetryAfter1, snippetRetryAfter1,
        sdkRetryAfter1, sdkRetryAfter1, snippetRetryAfter1,
        sdkRetryAfter1, sdkRetryAfter1,
      ],
    },
  },
  {
    id: 'retry-after-real-time',
    title: {
      en: 'retry-after: 1 is honoured: the server sees the retry 1 s later',
      ko: 'retry-after: 1을 지킴: 서버에 재시도가 1초 뒤에 도착',
    },
    responses: [rateLimitRetryAfter1, message],
    realTime: true,
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdkRetryAfter1] },
  },
  {
    id: 'retry-after-http-date',
    title: {
      en: 'retry-after as an HTTP date is honoured by the SDK',
      ko: 'HTTP 날짜 형식의 retry-after도 SDK가 지킴',
    },
    // HTTP dates have whole-second precision, so "3 s from now" becomes a wait of 2–3 s.
    responses: [{ ...rateLimit, retryAfterDateIn: 3 }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: [1.8, 3] }] },
  },
  {
    id: 'retry-after-ms-first',
    title: {
      en: 'The SDK prefers retry-after-ms over retry-after',
      ko: 'SDK는 retry-after보다 retry-after-ms를 먼저 따름',
    },
    responses: [{ ...rateLimit, headers: { 'retry-after': '3', 'retry-after-ms': '1500' } }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: 1.5 }] },
  },
  {
    id: 'retry-after-ms-reaches-the-snippet',
    title: {
      en: 'retry-after-ms: 1500 with retry-after: 3 on every 429: the SDK and then the snippet wait 1.5 s',
      ko: '429마다 retry-after-ms: 1500과 retry-after: 3: SDK도 스니펫도 1.5초 기다림',
    },
    responses: [{ ...rateLimit, headers: { 'retry-after': '3', 'retry-after-ms': '1500' }, times: 3 }, message],
    expect: {
      attempts: 4,
      outcome: { kind: 'message' },
      waits: [
        { by: 'sdk', seconds: 1.5 },
        { by: 'sdk', seconds: 1.5 },
        { by: 'snippet', seconds: 1.5 },
      ],
    },
  },
  {
    id: 'retry-after-http-date-reaches-the-snippet',
    title: {
      en: 'retry-after as an HTTP date 3 s ahead on every 429: the SDK and then the snippet wait until that date',
      ko: '429마다 3초 뒤를 가리키는 HTTP 날짜 형식의 retry-after: SDK도 스니펫도 그 시각까지 기다림',
    },
    // HTTP dates have whole-second precision, so "3 s from now" becomes a wait of 2–3 s.
    responses: [{ ...rateLimit, retryAfterDateIn: 3, times: 3 }, message],
    expect: {
      attempts: 4,
      outcome: { kind: 'message' },
      waits: [
        { by: 'sdk', seconds: [1.8, 3] },
        { by: 'sdk', seconds: [1.8, 3] },
        { by: 'snippet', seconds: [1.8, 3] },
      ],
    },
  },
  {
    id: 'retry-after-longer-than-max-wait',
    title: {
      en: 'retry-after: 120 is over max_wait: the SDK still waits it twice, then the snippet stops',
      ko: 'retry-after: 120이 max_wait보다 김: SDK는 두 번 다 기다리고, 스니펫은 멈춤',
    },
    responses: [{ ...rateLimit, headers: { 'retry-after': '120' } }],
    expect: {
      attempts: 3,
      outcome: { kind: 'error', ...rateLimitError },
      waits: [{ by: 'sdk', seconds: 120 }, { by: 'sdk', seconds: 120 }],
    },
  },
  {
    id: 'no-retry-after',
    title: {
      en: '429 without retry-after: SDK backoff, then the default wait of 10 s',
      ko: 'retry-after 없는 429: SDK 기본 백오프 뒤 스니펫 기본 대기 10초',
    },
    responses: [{ ...rateLimit, times: 3 }, message],
    expect: {
      attempts: 4,
      outcome: { kind: 'message' },
      waits: [sdk1, sdk2, { by: 'snippet', seconds: 10 }],
    },
  },
  {
    id: 'x-should-retry-false',
    title: {
      en: 'x-should-retry: false: a single request, no retry by the SDK or the snippet',
      ko: 'x-should-retry: false면 요청 한 번으로 끝남(SDK도 스니펫도 재시도 안 함)',
    },
    responses: [{ ...rateLimit, headers: { 'retry-after': '1', 'x-should-retry': 'false' } }],
    expect: { attempts: 1, outcome: { kind: 'error', ...rateLimitError }, waits: [] },
  },
  {
    id: 'spend-cap',
    title: {
      en: 'Spend cap (enforced_spend_limit_reached): the SDK retries twice, the snippet stops',
      ko: '월 지출 상한 도달(enforced_spend_limit_reached): SDK가 두 번 재시도하고 스니펫은 멈춤',
    },
    responses: [
      {
        kind: 'error',
        status: 429,
        error: {
          type: 'rate_limit_error',
          message:
            "You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on 2026-12-01 at 00:00 UTC.",
          details: { error_code: 'enforced_spend_limit_reached' },
        },
      },
    ],
    expect: {
      attempts: 3,
      outcome: {
        kind: 'error',
        python: {
          class: 'SpendLimitReachedError',
          messageIncludes: 'You will regain access on 2026-12-01',
        },
        typescript: {
          class: 'EnforcedSpendLimitReachedError',
          instanceOf: ['RateLimitError'],
          attrs: { status: 429, type: 'rate_limit_error', errorCode: 'enforced_spend_limit_reached' },
        },
      },
      waits: [sdk1, sdk2],
    },
  },
  {
    id: 'own-spend-limit-is-400',
    title: {
      en: 'A spend limit you set is a 400, not a 429: one request, BadRequestError',
      ko: '직접 설정한 지출 한도는 429가 아닌 400: 요청 한 번, BadRequestError',
    },
    responses: [
      {
        kind: 'error',
        status: 400,
        error: {
          type: 'invalid_request_error',
          message:
            'You have reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.',
        },
      },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'BadRequestError', attrs: { status_code: 400, type: 'invalid_request_error' } },
        typescript: { class: 'BadRequestError', attrs: { status: 400, type: 'invalid_request_error' } },
      },
      waits: [],
    },
  },
  {
    id: 'dropped-connection',
    title: {
      en: 'Dropped connection: the SDK retries it and the call succeeds',
      ko: '연결이 끊김: SDK가 재시도해 호출이 성공',
    },
    responses: [{ kind: 'drop' }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1] },
  },
  {
    id: 'timeout',
    title: {
      en: 'Response slower than the client timeout: the SDK retries it',
      ko: '응답이 클라이언트 타임아웃보다 느림: SDK가 재시도',
    },
    clientTimeoutMs: 300,
    responses: [{ kind: 'slow', delayMs: 5000 }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1] },
  },
];
