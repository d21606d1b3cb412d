import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/connection-error/snippet.py and snippet.ts with their
// defaults (max_attempts 3, base 1 s, cap 30 s) except the per-request timeout, which the
// tests set to 0.3 s so that a `slow` response times out quickly. The tests fix the random
// source at 0.5, so the snippet's full-jitter waits are 0.5 s, then 1 s. SDK waits are its
// own backoff: 0.375–0.5 s before the 1st retry, 0.75–1 s before the 2nd.
//
// Messages differ by SDK version: @anthropic-ai/sdk 1.17.0 names the host and the cause
// ("Connection to 127.0.0.1:<port> failed: UND_ERR_SOCKET", "Request to … timed out after 0.3s");
// 1.12.0 says "Connection error." / "Request timed out.". anthropic 2.17.0 also changed its
// wording (release notes; the exact text is not confirmed), so no message is asserted for it.
// A connection cut after the headers of a 200 (`cut-body`): @anthropic-ai/sdk 1.12.0 throws a raw
// TypeError "terminated" and does not retry it; 1.17.0 throws APIConnectionError and retries it
// unless x-should-retry is false; anthropic 1.13.0 retries it even then; 2.17.0 obeys it (release notes).

const drop: FaultStep = { kind: 'drop' };
const slow: FaultStep = { kind: 'slow', delayMs: 5000 };
const cutBody: FaultStep = { kind: 'cut-body' };

const snippet1: ExpectedWait = { by: 'snippet', seconds: 0.5 };
const snippet2: ExpectedWait = { by: 'snippet', seconds: 1 };
const threeCalls: ExpectedWait[] = [sdk1, sdk2, snippet1, sdk1, sdk2, snippet2, sdk1, sdk2];

const PORT = '127\\.0\\.0\\.1:\\d+';
const connectionError = {
  python: [
    { versions: '>=2.17.0', class: 'APIConnectionError', notInstanceOf: ['APIStatusError', 'APITimeoutError'] },
    {
      versions: '<2.17.0',
      class: 'APIConnectionError',
      notInstanceOf: ['APIStatusError', 'APITimeoutError'],
      messageIncludes: 'Connection error.',
    },
  ],
  typescript: [
    {
      versions: '>=1.17.0',
      class: 'APIConnectionError',
      notInstanceOf: ['APIConnectionTimeoutError'],
      attrs: { status: null, requestID: null },
      messageMatches: `Connection to ${PORT} failed: UND_ERR_SOCKET`,
    },
    {
      versions: '<1.17.0',
      class: 'APIConnectionError',
      notInstanceOf: ['APIConnectionTimeoutError'],
      attrs: { status: null, requestID: null },
      messageIncludes: 'Connection error.',
    },
  ],
};

/** After a body cut: APIConnectionError "Connection error." wrapping the TypeError (TypeScript 1.17.0+). */
const bodyCutError = {
  python: [
    { versions: '>=2.17.0', class: 'APIConnectionError', notInstanceOf: ['APIStatusError', 'APITimeoutError'] },
    {
      versions: '<2.17.0',
      class: 'APIConnectionError',
      notInstanceOf: ['APIStatusError', 'APITimeoutError'],
      messageIncludes: 'Connection error.',
    },
  ],
  typescript: [
    {
      versions: '>=1.17.0',
      class: 'APIConnectionError',
      attrs: { status: null, requestID: null },
      messageIncludes: 'Connection error.',
      cause: { class: 'TypeError', messageIncludes: 'terminated' },
    },
    { versions: '<1.17.0', class: 'TypeError', notInstanceOf: ['AnthropicError'], messageIncludes: 'terminated' },
  ],
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'dropped-clears-after-a-few',
    title: {
      en: 'Connection dropped 4 times, then an answer: two SDK retries, then one more call',
      ko: '연결이 4번 끊긴 뒤 응답: SDK가 두 번 재시도한 뒤 스니펫이 한 번 더 호출',
    },
    responses: [{ ...drop, times: 4 }, message],
    expect: { attempts: 5, outcome: { kind: 'message' }, waits: [sdk1, sdk2, snippet1, sdk1], loggedRequestIds: [] },
  },
  {
    id: 'dropped-never-clears',
    title: {
      en: 'Connection drops every time: APIConnectionError (no status) after 9 requests; its message depends on the SDK version',
      ko: '매번 연결이 끊김: 요청 9번 뒤 APIConnectionError(상태 코드 없음). 메시지는 SDK 버전마다 다름',
    },
    responses: [drop],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...connectionError },
      waits: threeCalls,
      loggedRequestIds: [],
    },
  },
  {
    id: 'timeout-clears',
    title: {
      en: 'First response slower than the 0.3 s timeout: the SDK retries and the call succeeds',
      ko: '첫 응답이 타임아웃(0.3초)보다 느림: SDK가 재시도해 호출이 성공',
    },
    responses: [slow, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
  {
    id: 'timeout-never-clears',
    title: {
      en: 'Every response too slow: the SDK tries 3 times, the snippet adds none, APITimeoutError / APIConnectionTimeoutError',
      ko: '매번 응답이 너무 느림: SDK가 3번 시도하고 스니펫은 더 시도하지 않음, APITimeoutError / APIConnectionTimeoutError',
    },
    responses: [slow],
    expect: {
      attempts: 3,
      outcome: {
        kind: 'error',
        python: [
          { versions: '>=2.17.0', class: 'APITimeoutError', instanceOf: ['APIConnectionError'], notInstanceOf: ['APIStatusError'] },
          {
            versions: '<2.17.0',
            class: 'APITimeoutError',
            instanceOf: ['APIConnectionError'],
            notInstanceOf: ['APIStatusError'],
            messageIncludes: 'Request timed out or interrupted.',
          },
        ],
        typescript: [
          {
            versions: '>=1.17.0',
            class: 'APIConnectionTimeoutError',
            instanceOf: ['APIConnectionError'],
            attrs: { status: null, requestID: null },
            messageMatches: `Request to ${PORT} timed out after 0\\.3s`,
          },
          {
            versions: '<1.17.0',
            class: 'APIConnectionTimeoutError',
            instanceOf: ['APIConnectionError'],
            attrs: { status: null, requestID: null },
            messageIncludes: 'Request timed out.',
          },
        ],
      },
      waits: [sdk1, sdk2],
      loggedRequestIds: [],
    },
  },
  {
    id: 'drop-then-timeout-then-answer',
    title: {
      en: 'A dropped connection, then a timeout, then an answer: all within the SDK’s 3 attempts',
      ko: '연결 끊김, 타임아웃, 응답 순서: 모두 SDK의 시도 3번 안에서 처리',
    },
    responses: [drop, slow, message],
    expect: { attempts: 3, outcome: { kind: 'message' }, waits: [sdk1, sdk2], loggedRequestIds: [] },
  },
  {
    id: 'body-cut-after-headers',
    title: {
      en: 'Connection cut after the headers of a 200, while the body is read: TypeScript 1.12.0 throws a raw TypeError at once; 1.17.0 and Python 1.13.0 retry it as a connection error (9 requests)',
      ko: '200의 헤더를 받은 뒤 본문을 읽는 중에 연결이 끊김: TypeScript 1.12.0은 바로 일반 TypeError를 던지고, 1.17.0과 Python 1.13.0은 연결 오류로 재시도(요청 9번)',
    },
    responses: [cutBody],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...bodyCutError },
      waits: threeCalls,
      loggedRequestIds: [],
      byVersion: [{ language: 'typescript', versions: '<1.17.0', attempts: 1, waits: [] }],
    },
  },
  {
    id: 'body-cut-x-should-retry-false',
    title: {
      en: 'The same cut with x-should-retry: false: TypeScript 1.17.0 sends each call once; Python 1.13.0 still retries it (2.17.0 sends it once, per its release notes)',
      ko: 'x-should-retry: false가 붙은 같은 끊김: TypeScript 1.17.0은 호출마다 한 번만 보내고, Python 1.13.0은 그래도 재시도(2.17.0은 릴리스 노트 기준 한 번만 보냄)',
    },
    responses: [{ ...cutBody, headers: { 'x-should-retry': 'false' } }],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...bodyCutError },
      waits: threeCalls,
      loggedRequestIds: [],
      byVersion: [
        { language: 'typescript', versions: '>=1.17.0', attempts: 3, waits: [snippet1, snippet2] },
        { language: 'typescript', versions: '<1.17.0', attempts: 1, waits: [] },
        { language: 'python', versions: '>=2.17.0', attempts: 3, waits: [snippet1, snippet2] },
      ],
    },
  },
  {
    id: 'http-error-passes-through',
    title: {
      en: 'An HTTP 500 is not a connection error: the snippet leaves it to the SDK (3 attempts)',
      ko: 'HTTP 500은 연결 오류가 아님: 스니펫은 SDK에 맡김(시도 3번)',
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
];
