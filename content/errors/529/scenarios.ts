import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/529/snippet.py and snippet.ts with their defaults
// (max_attempts 3, base 2 s, cap 30 s); the tests fix the random source at 0.5, so the
// snippet's full-jitter waits are 1 s, then 2 s. SDK waits without retry-after are its
// own backoff: 0.375–0.5 s before the 1st retry, 0.75–1 s before the 2nd.

const overloaded: FaultStep = {
  kind: 'error',
  status: 529,
  error: { type: 'overloaded_error', message: 'Overloaded' },
};
const midStreamOverload: FaultStep = {
  kind: 'stream-error',
  error: { type: 'overloaded_error', message: 'Overloaded' },
};

const snippet1: ExpectedWait = { by: 'snippet', seconds: 1 };
const snippet2: ExpectedWait = { by: 'snippet', seconds: 2 };

// anthropic 2.5.0 makes OverloadedError a subclass of InternalServerError (release notes); before,
// it subclasses APIStatusError only. In TypeScript it always extends InternalServerError.
const overloadedError = {
  python: [
    {
      versions: '>=2.5.0',
      class: 'OverloadedError',
      instanceOf: ['InternalServerError'],
      attrs: { status_code: 529, type: 'overloaded_error' },
    },
    {
      versions: '<2.5.0',
      class: 'OverloadedError',
      notInstanceOf: ['InternalServerError'],
      attrs: { status_code: 529, type: 'overloaded_error' },
    },
  ],
  typescript: {
    class: 'OverloadedError',
    instanceOf: ['InternalServerError'],
    attrs: { status: 529, type: 'overloaded_error' },
  },
};

// An error event after the 200. Python 1.x: a plain APIStatusError with status_code 200; its class
// and status in 2.x are not confirmed, so 2.x asserts what the snippet relies on (an APIStatusError
// with the event's type). TypeScript: a plain APIError without status; 1.17.0 changed its message
// from the event's JSON to "<message> (request_id: …, path: …, type: …)".
const midStreamError = (type: string, message: string) => ({
  python: [
    { versions: '>=2.0.0', instanceOf: ['APIStatusError'], attrs: { type } },
    {
      versions: '<2.0.0',
      class: 'APIStatusError',
      notInstanceOf: ['OverloadedError', 'InternalServerError'],
      attrs: { status_code: 200, type },
      messageIncludes: `{'type': 'error', 'error': {'type': '${type}', 'message': '${message}'}}`,
    },
  ],
  typescript: [
    {
      versions: '>=1.17.0',
      class: 'APIError',
      notInstanceOf: ['OverloadedError', 'InternalServerError', 'APIConnectionError'],
      attrs: { status: null, type },
      messageMatches: `${message} \\(request_id: req_\\w+, path: /v1/messages, type: ${type}\\)`,
    },
    {
      versions: '<1.17.0',
      class: 'APIError',
      notInstanceOf: ['OverloadedError', 'InternalServerError', 'APIConnectionError'],
      attrs: { status: null, type },
      messageIncludes: JSON.stringify({ type: 'error', error: { type, message } }),
    },
  ],
});

export const scenarios: SnippetScenario[] = [
  {
    id: 'clears-after-a-few',
    title: {
      en: '529 clears on the 5th request: two SDK retries, then one more call',
      ko: '5번째 요청에서 529가 풀림: SDK가 두 번 재시도한 뒤 스니펫이 한 번 더 호출',
    },
    responses: [{ ...overloaded, times: 4 }, message],
    expect: { attempts: 5, outcome: { kind: 'message' }, waits: [sdk1, sdk2, snippet1, sdk1] },
  },
  {
    id: 'never-clears',
    title: {
      en: '529 never clears: OverloadedError after 9 requests (3 calls × 3 SDK attempts)',
      ko: '529가 계속됨: 요청 9번(호출 3번 × SDK 시도 3번) 뒤 OverloadedError',
    },
    responses: [overloaded],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...overloadedError },
      waits: [sdk1, sdk2, snippet1, sdk1, sdk2, snippet2, sdk1, sdk2],
    },
  },
  {
    id: 'mid-stream-overload-clears',
    title: {
      en: 'Overload after the 200 (event: error): the SDK does not retry, the snippet does',
      ko: '200 뒤 스트림 중간의 과부하(event: error): SDK는 재시도하지 않고 스니펫이 재시도',
    },
    responses: [midStreamOverload, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [snippet1] },
  },
  {
    id: 'mid-stream-overload-never-clears',
    title: {
      en: 'Overload mid-stream every time: status 200 in Python 1.13.0, no status in TypeScript',
      ko: '매번 스트림 중간에 과부하: Python 1.13.0은 status 200, TypeScript는 status 없음',
    },
    responses: [midStreamOverload],
    expect: {
      attempts: 3,
      outcome: { kind: 'error', ...midStreamError('overloaded_error', 'Overloaded') },
      waits: [snippet1, snippet2],
    },
  },
  {
    id: 'mid-stream-other-error',
    title: {
      en: 'Another error type mid-stream (api_error) is not treated as an overload',
      ko: '스트림 중간의 다른 오류 유형(api_error)은 과부하로 취급하지 않음',
    },
    responses: [{ kind: 'stream-error', error: { type: 'api_error', message: 'Internal server error' } }],
    expect: {
      attempts: 1,
      outcome: { kind: 'error', ...midStreamError('api_error', 'Internal server error') },
      waits: [],
    },
  },
  {
    id: 'retry-after-real-time',
    title: {
      en: 'retry-after: 1 on a 529 is honoured: the server sees the retry 1 s later',
      ko: '529의 retry-after: 1을 지킴: 서버에 재시도가 1초 뒤에 도착',
    },
    responses: [{ ...overloaded, headers: { 'retry-after': '1' } }, message],
    realTime: true,
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: 1 }] },
  },
  {
    id: 'x-should-retry-false',
    title: {
      en: 'x-should-retry: false: a single request, no retry by the SDK or the snippet',
      ko: 'x-should-retry: false면 요청 한 번으로 끝남(SDK도 스니펫도 재시도 안 함)',
    },
    responses: [{ ...overloaded, headers: { 'x-should-retry': 'false' } }],
    expect: { attempts: 1, outcome: { kind: 'error', ...overloadedError }, waits: [] },
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
    },
  },
  {
    id: 'dropped-connection',
    title: {
      en: 'Dropped connection before the stream: the SDK retries it',
      ko: '스트림 시작 전에 연결이 끊김: SDK가 재시도',
    },
    responses: [{ kind: 'drop' }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1] },
  },
  {
    id: 'timeout',
    title: {
      en: 'Stream slower to start than the client timeout: the SDK retries it',
      ko: '스트림 시작이 클라이언트 타임아웃보다 느림: SDK가 재시도',
    },
    clientTimeoutMs: 300,
    responses: [{ kind: 'slow', delayMs: 5000 }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1] },
  },
];
