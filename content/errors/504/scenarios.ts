import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/504/snippet.py and snippet.ts with their defaults
// (max_attempts 2, base 2 s, cap 30 s) and max_tokens 32,000, which a non-streaming call with
// the default timeout would refuse to send. The tests fix the random source at 0.5, so the
// snippet's full-jitter wait is 1 s. SDK waits without retry-after are its own backoff:
// 0.375–0.5 s before the 1st retry, 0.75–1 s before the 2nd.
// The snippet streams (messages.stream), and a 504 comes before the stream starts: 'clears-after-a-few'
// and 'never-clears' show that the SDK sends such a streamed request 3 times before the error
// reaches the snippet (on every SDK version tested).

// The message of a 504 is not documented; this one is the fault server's.
const timeout: FaultStep = {
  kind: 'error',
  status: 504,
  error: { type: 'timeout_error', message: 'Request timed out while processing.' },
};

const snippet1: ExpectedWait = { by: 'snippet', seconds: 1 };

// anthropic 2.5.0 adds GatewayTimeoutError (release notes); that a 504 raises it is not confirmed,
// so 2.5.0+ asserts an APIStatusError with status_code 504 (what the snippet checks).
const gatewayTimeout = {
  python: [
    { versions: '>=2.5.0', instanceOf: ['APIStatusError'], attrs: { status_code: 504, type: 'timeout_error' } },
    { versions: '<2.5.0', class: 'InternalServerError', attrs: { status_code: 504, type: 'timeout_error' } },
  ],
  typescript: {
    class: 'GatewayTimeoutError',
    instanceOf: ['InternalServerError'],
    attrs: { status: 504, type: 'timeout_error' },
  },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'long-request-streams',
    title: {
      en: 'max_tokens 32,000 goes out as a stream: no "Streaming is required" error, one request',
      ko: 'max_tokens 32,000 요청을 스트림으로 보냄: "Streaming is required" 오류 없이 요청 한 번',
    },
    responses: [message],
    expect: { attempts: 1, outcome: { kind: 'message' }, waits: [], loggedRequestIds: [] },
  },
  {
    id: 'clears-after-a-few',
    title: {
      en: '504 clears on the 5th request: two SDK retries, then one more call',
      ko: '5번째 요청에서 504가 풀림: SDK가 두 번 재시도한 뒤 스니펫이 한 번 더 호출',
    },
    responses: [{ ...timeout, times: 4 }, message],
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
      en: '504 never clears: GatewayTimeoutError in TypeScript, InternalServerError in Python 1.13.0, after 6 requests (2 calls × 3 SDK attempts)',
      ko: '504가 계속됨: 요청 6번(호출 2번 × SDK 시도 3번) 뒤 TypeScript는 GatewayTimeoutError, Python 1.13.0은 InternalServerError',
    },
    responses: [timeout],
    expect: {
      attempts: 6,
      outcome: { kind: 'error', ...gatewayTimeout },
      waits: [sdk1, sdk2, snippet1, sdk1, sdk2],
      loggedRequestIds: [3, 6],
    },
  },
  {
    id: 'retry-after-real-time',
    title: {
      en: 'If a 504 carries retry-after: 1 (not documented), the SDK waits 1 s before its retry',
      ko: '504에 retry-after: 1이 붙어 있으면(문서화되지 않음) SDK가 1초 기다렸다가 재시도',
    },
    responses: [{ ...timeout, headers: { 'retry-after': '1' } }, message],
    realTime: true,
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: 1 }], loggedRequestIds: [] },
  },
  {
    id: 'x-should-retry-false',
    title: {
      en: 'x-should-retry: false: a single request, no retry by the SDK or the snippet',
      ko: 'x-should-retry: false면 요청 한 번으로 끝남(SDK도 스니펫도 재시도 안 함)',
    },
    responses: [{ ...timeout, headers: { 'x-should-retry': 'false' } }],
    expect: { attempts: 1, outcome: { kind: 'error', ...gatewayTimeout }, waits: [], loggedRequestIds: [1] },
  },
  {
    id: 'other-5xx-passes-through',
    title: {
      en: 'A 500 is left to the SDK: InternalServerError after its 3 attempts, no extra call',
      ko: '500은 SDK에 맡김: SDK 시도 3번 뒤 InternalServerError, 추가 호출 없음',
    },
    responses: [{ kind: 'error', status: 500, error: { type: 'api_error', message: 'Internal server error' } }],
    expect: {
      attempts: 3,
      outcome: {
        kind: 'error',
        python: { class: 'InternalServerError', attrs: { status_code: 500, type: 'api_error' } },
        typescript: { class: 'InternalServerError', attrs: { status: 500, type: 'api_error' } },
      },
      waits: [sdk1, sdk2],
      loggedRequestIds: [],
    },
  },
  {
    id: 'non-retryable-4xx',
    title: {
      en: '400 is not retried: one request, BadRequestError',
      ko: '400은 재시도하지 않음: 요청 한 번, BadRequestError',
    },
    responses: [
      { kind: 'error', status: 400, error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'BadRequestError', attrs: { status_code: 400, type: 'invalid_request_error' } },
        typescript: { class: 'BadRequestError', attrs: { status: 400, type: 'invalid_request_error' } },
      },
      waits: [],
      loggedRequestIds: [],
    },
  },
  {
    id: 'dropped-connection',
    title: {
      en: 'Dropped connection before the stream: the SDK retries it',
      ko: '스트림 시작 전에 연결이 끊김: SDK가 재시도',
    },
    responses: [{ kind: 'drop' }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
  {
    id: 'client-timeout',
    title: {
      en: 'Client-side timeout (no 504 at all): the SDK retries it',
      ko: '클라이언트 쪽 타임아웃(504 응답 없음): SDK가 재시도',
    },
    clientTimeoutMs: 300,
    responses: [{ kind: 'slow', delayMs: 5000 }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
];
