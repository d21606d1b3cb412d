import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/409/snippet.py and snippet.ts with their defaults
// (max_attempts 3, base 1 s, cap 10 s) and a `resolve` that does nothing; the tests fix the
// random source at 0.5, so the snippet's full-jitter waits are 0.5 s, then 1 s. SDK waits
// without retry-after are its own backoff: 0.375–0.5 s before the 1st retry, 0.75–1 s
// before the 2nd. The error message is not documented; the one below is a placeholder.

const conflict: FaultStep = {
  kind: 'error',
  status: 409,
  error: { type: 'conflict_error', message: '…' },
};

const snippet1: ExpectedWait = { by: 'snippet', seconds: 0.5 };
const snippet2: ExpectedWait = { by: 'snippet', seconds: 1 };

const conflictError = {
  python: { class: 'ConflictError', instanceOf: ['APIStatusError'], attrs: { status_code: 409, type: 'conflict_error' } },
  typescript: { class: 'ConflictError', instanceOf: ['APIError'], attrs: { status: 409, type: 'conflict_error' } },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'sdk-retry-clears',
    title: {
      en: 'A 409 that is gone on the SDK’s own retry never reaches your code',
      ko: 'SDK 자체 재시도에서 풀린 409는 코드까지 올라오지 않음',
    },
    responses: [conflict, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
  {
    id: 'resolved-then-succeeds',
    title: {
      en: 'Three 409s (the SDK retried twice), then the snippet resolves and calls again: success',
      ko: '409가 3번(SDK가 두 번 재시도) 온 뒤 스니펫이 충돌을 해소하고 다시 호출해 성공',
    },
    responses: [{ ...conflict, times: 3 }, message],
    expect: { attempts: 4, outcome: { kind: 'message' }, waits: [sdk1, sdk2, snippet1], loggedRequestIds: [3] },
  },
  {
    id: 'never-resolved',
    title: {
      en: 'The conflict never goes away: ConflictError after 9 requests (3 calls × 3 SDK attempts)',
      ko: '충돌이 끝내 해소되지 않음: 요청 9번(호출 3번 × SDK 시도 3번) 뒤 ConflictError',
    },
    responses: [conflict],
    expect: {
      attempts: 9,
      outcome: { kind: 'error', ...conflictError },
      waits: [sdk1, sdk2, snippet1, sdk1, sdk2, snippet2, sdk1, sdk2],
      loggedRequestIds: [3, 6, 9],
    },
  },
  {
    id: 'retry-after-real-time',
    title: {
      en: 'If a 409 carried retry-after: 1 (not documented), the SDK would wait 1 s',
      ko: '409에 retry-after: 1이 붙는다면(문서화되지 않음) SDK는 1초를 기다림',
    },
    responses: [{ ...conflict, headers: { 'retry-after': '1' } }, message],
    realTime: true,
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [{ by: 'sdk', seconds: 1 }], loggedRequestIds: [] },
  },
  {
    id: 'x-should-retry-false',
    title: {
      en: 'x-should-retry: false: a single request, no retry by the SDK or the snippet',
      ko: 'x-should-retry: false면 요청 한 번으로 끝남(SDK도 스니펫도 재시도 안 함)',
    },
    responses: [{ ...conflict, headers: { 'x-should-retry': 'false' } }],
    expect: { attempts: 1, outcome: { kind: 'error', ...conflictError }, waits: [], loggedRequestIds: [1] },
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
      en: 'Dropped connection: the SDK retries it and the call succeeds',
      ko: '연결이 끊김: SDK가 재시도해 호출이 성공',
    },
    responses: [{ kind: 'drop' }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
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
