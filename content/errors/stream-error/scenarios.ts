import type { ExpectedWait, FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1, sdk2 } from '../scenario-steps.ts';

// Scenarios run against content/errors/stream-error/snippet.py and snippet.ts with their
// defaults (max_attempts 3, base 1 s, cap 30 s); the tests fix the random source at 0.5, so
// the snippet's full-jitter waits are 0.5 s, then 1 s. A `stream-error` step answers 200,
// sends message_start, a ping and two text deltas, then `event: error`. SDK waits are its
// own backoff: 0.375–0.5 s before the 1st retry, 0.75–1 s before the 2nd.

const midStream = (type: string, message: string): FaultStep => ({ kind: 'stream-error', error: { type, message } });
const overloadedMidStream = midStream('overloaded_error', 'Overloaded');

const snippet1: ExpectedWait = { by: 'snippet', seconds: 0.5 };
const snippet2: ExpectedWait = { by: 'snippet', seconds: 1 };

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
    id: 'overload-clears',
    title: {
      en: 'overloaded_error after the 200: the SDK does not retry, the snippet does, and the next stream completes',
      ko: '200 뒤 overloaded_error: SDK는 재시도하지 않고 스니펫이 재시도해 다음 스트림이 완료됨',
    },
    responses: [overloadedMidStream, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [snippet1], loggedRequestIds: [1] },
  },
  {
    id: 'overload-never-clears',
    title: {
      en: 'overloaded_error mid-stream every time: APIError with no status in TypeScript, APIStatusError with status_code 200 in Python 1.13.0',
      ko: '매번 스트림 도중 overloaded_error: TypeScript는 status 없는 APIError, Python 1.13.0은 status_code 200인 APIStatusError',
    },
    responses: [overloadedMidStream],
    expect: {
      attempts: 3,
      outcome: { kind: 'error', ...midStreamError('overloaded_error', 'Overloaded') },
      waits: [snippet1, snippet2],
      loggedRequestIds: [1, 2, 3],
    },
  },
  {
    id: 'api-error-clears',
    title: {
      en: 'api_error mid-stream twice, then a full stream: retried like its HTTP 500 counterpart',
      ko: '스트림 도중 api_error 두 번 뒤 정상 스트림: HTTP 500과 같이 재시도',
    },
    responses: [{ ...midStream('api_error', 'Internal server error'), times: 2 }, message],
    expect: { attempts: 3, outcome: { kind: 'message' }, waits: [snippet1, snippet2], loggedRequestIds: [1, 2] },
  },
  {
    id: 'other-type-not-retried',
    title: {
      en: 'Any other type mid-stream (here invalid_request_error) is raised at once, after one request',
      ko: '그 밖의 유형(여기서는 invalid_request_error)은 스트림 도중에 오면 요청 한 번 만에 바로 예외',
    },
    responses: [midStream('invalid_request_error', 'Invalid request')],
    expect: {
      attempts: 1,
      outcome: { kind: 'error', ...midStreamError('invalid_request_error', 'Invalid request') },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'http-then-mid-stream',
    title: {
      en: '529 first, then an overload after the 200, then success: the SDK retried only the 529',
      ko: '먼저 529, 이어서 200 뒤 과부하, 마지막에 성공: SDK는 529만 재시도',
    },
    responses: [
      { kind: 'error', status: 529, error: { type: 'overloaded_error', message: 'Overloaded' } },
      overloadedMidStream,
      message,
    ],
    expect: { attempts: 3, outcome: { kind: 'message' }, waits: [sdk1, snippet1], loggedRequestIds: [2] },
  },
  {
    id: 'http-529-before-stream',
    title: {
      en: '529 before the stream starts: the SDK retries it twice, then OverloadedError (status 529)',
      ko: '스트림 시작 전 529: SDK가 두 번 재시도한 뒤 OverloadedError(status 529)',
    },
    responses: [{ kind: 'error', status: 529, error: { type: 'overloaded_error', message: 'Overloaded' } }],
    expect: {
      attempts: 3,
      outcome: {
        kind: 'error',
        python: { class: 'OverloadedError', attrs: { status_code: 529, type: 'overloaded_error' } },
        typescript: { class: 'OverloadedError', attrs: { status: 529, type: 'overloaded_error' } },
      },
      waits: [sdk1, sdk2],
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
];
