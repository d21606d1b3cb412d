import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/500/snippet.py and snippet.ts with their defaults
// (max_attempts 3, base 2 s, cap 30 s); the tests fix the random source at 0.5, so the
// snippet's full-jitter waits are 1 s, then 2 s (up to 2 s, then 4 s, in general: longer on
// average than the SDK's). SDK waits without retry-after are its own backoff: 0.375–0.5 s
// before the 1st retry, 0.75–1 s before the 2nd.

const apiError: FaultStep = {
  kind: 'error',
  status: 500,
  error: { type: 'api_error', message: 'Internal server error' },
};

const snippet1: ExpectedWait = { by: 'snippet', seconds: 1 };
const snippet2: ExpectedWait = { by: 'snippet', seconds: 2 };

const internalServerError = {
  python: { class: 'InternalServerError', attrs: { status_code: 500, type: 'api_error' } },
  typescript: { class: 'InternalServerError', attrs: { status: 500, type: 'api_error' } },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'clears-after-a-few',
    title: {
      en: '500 clears on the 5th request: two SDK retries, then one more call',
      ko: '5번째 요청에서 500이 풀림: SDK가 두 번 재시도한 뒤 스니펫이 한 번 더 호출',
    },
    responses: [{ ...apiError, times: 4 }, message],
    expect: {
      attempts: 5,
      outcome: { kind: 'message' },
      waits: [sdk1, sdk2, snippet1, sdk1],
      loggedRequestIds: [3],
    },
  },
  {
    id: 'never-clears',
    title: {
      en: '500 never clears: InternalServerError after 9 requests (3 calls × 3 SDK attempts)',
      ko: '500이 계속됨: 요청 9번(호출 3번 × SDK 시도 3번) 뒤 InternalServerError',
    },
    responses: [apiError],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...internalServerError },
      waits: [sdk1, sdk2, snippet1, sdk1, sdk2, snippet2, sdk1, sdk2],
      loggedRequestIds: [3, 6, 9],
    },
  },
  {
    id: 'retry-after-real-time',
    title: {
      en: 'retry-after: 1 is honoured: the server sees the retry 1 s later',
      ko: 'retry-after: 1을 지킴: 서버에 재시도가 1초 뒤에 도착',
    },
    responses: [{ ...apiError, headers: { 'retry-after': '1' } }, message],
    realTime: true,
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: 1 }] },
  },
  {
    id: 'x-should-retry-false',
    title: {
      en: 'x-should-retry: false: a single request, no retry by the SDK or the snippet',
      ko: 'x-should-retry: false면 요청 한 번으로 끝남(SDK도 스니펫도 재시도 안 함)',
    },
    responses: [{ ...apiError, headers: { 'x-should-retry': 'false' } }],
    expect: {
      attempts: 1,
      outcome: { kind: 'error', ...internalServerError },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'non-retryable-4xx',
    title: {
      en: '401 is not retried: one request, AuthenticationError',
      ko: '401은 재시도하지 않음: 요청 한 번, AuthenticationError',
    },
    responses: [{ kind: 'error', status: 401, error: { type: 'authentication_error', message: 'invalid x-api-key' } }],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'AuthenticationError', attrs: { status_code: 401, type: 'authentication_error' } },
        typescript: { class: 'AuthenticationError', attrs: { status: 401, type: 'authentication_error' } },
      },
      waits: [],
      loggedRequestIds: [],
    },
  },
  {
    id: 'overloaded-retried-too',
    title: {
      en: '529 is retried too (in Python 1.13.0 OverloadedError is not an InternalServerError)',
      ko: '529도 재시도함(Python 1.13.0에서 OverloadedError는 InternalServerError가 아님)',
    },
    responses: [
      { kind: 'error', status: 529, error: { type: 'overloaded_error', message: 'Overloaded' }, times: 3 },
      message,
    ],
    expect: { attempts: 4, outcome: { kind: 'message' }, waits: [sdk1, sdk2, snippet1], loggedRequestIds: [3] },
  },
  {
    id: 'dropped-connection',
    title: {
      en: 'Dropped connections: the SDK retries twice, then the snippet calls again',
      ko: '연결이 끊김: SDK가 두 번 재시도한 뒤 스니펫이 다시 호출',
    },
    responses: [{ kind: 'drop', times: 3 }, message],
    expect: { attempts: 4, outcome: { kind: 'message' }, waits: [sdk1, sdk2, snippet1], loggedRequestIds: [] },
  },
  {
    id: 'dropped-connection-never-clears',
    title: {
      en: 'Connection drops every time: APIConnectionError after 9 requests',
      ko: '매번 연결이 끊김: 요청 9번 뒤 APIConnectionError',
    },
    responses: [{ kind: 'drop' }],
    expect: {
      attempts: 9,
      outcome: {
        kind: 'error',
        python: { class: 'APIConnectionError' },
        typescript: { class: 'APIConnectionError', attrs: { status: null, requestID: null } },
      },
      waits: [sdk1, sdk2, snippet1, sdk1, sdk2, snippet2, sdk1, sdk2],
      loggedRequestIds: [],
    },
  },
  {
    id: 'timeout',
    title: {
      en: 'Response slower than the client timeout: the SDK retries it',
      ko: '응답이 클라이언트 타임아웃보다 느림: SDK가 재시도',
    },
    clientTimeoutMs: 300,
    responses: [{ kind: 'slow', delayMs: 5000 }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
];
