import type { FaultStep, SnippetScenario } from '../../../src/schemas/scenario.ts';
import { message, sdk1 } from '../scenario-steps.ts';

// Scenarios run against content/errors/404/snippet.py and snippet.ts. The snippet never
// waits or retries by itself; the only waits are the SDK's own backoff for failures it
// retries (0.375–0.5 s before its 1st retry).

// The body the errors page shows for a 404 (the server adds request_id).
const notFound: FaultStep = {
  kind: 'error',
  status: 404,
  error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'not-found-once',
    title: {
      en: '404 is not retried: one request, the request ID is logged, ResourceNotFoundError wraps NotFoundError',
      ko: '404는 재시도하지 않음: 요청 한 번, 요청 ID를 로그에 남기고 NotFoundError를 감싼 ResourceNotFoundError',
    },
    responses: [notFound],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: {
          class: 'ResourceNotFoundError',
          messageIncludes: "/v1/messages returned 404 not_found_error: check the base URL, the path and the model ID 'claude-sonnet-5'",
          cause: { class: 'NotFoundError', attrs: { status_code: 404, type: 'not_found_error' } },
        },
        typescript: {
          class: 'ResourceNotFoundError',
          messageIncludes: "/v1/messages returned 404 not_found_error: check the base URL, the path and the model ID 'claude-sonnet-5'",
          cause: {
            class: 'NotFoundError',
            attrs: { status: 404, type: 'not_found_error', apiMessage: 'The requested resource could not be found.' },
          },
        },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'not-found-every-time',
    title: {
      en: 'A 404 on every attempt still means one request: nothing retries it',
      ko: '매번 404가 와도 요청은 한 번: 아무도 재시도하지 않음',
    },
    responses: [{ ...notFound, times: 3 }, message],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'ResourceNotFoundError', cause: { class: 'NotFoundError', attrs: { status_code: 404 } } },
        typescript: { class: 'ResourceNotFoundError', cause: { class: 'NotFoundError', attrs: { status: 404 } } },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'found',
    title: {
      en: 'No 404: the message comes back untouched, nothing is logged',
      ko: '404가 아니면 메시지를 그대로 반환하고 아무것도 로그에 남기지 않음',
    },
    responses: [message],
    expect: { attempts: 1, outcome: { kind: 'message' }, waits: [], loggedRequestIds: [] },
  },
  {
    id: 'permission-denied-passes-through',
    title: {
      en: '403 is not a 404: PermissionDeniedError passes through unchanged',
      ko: '403은 404가 아님: PermissionDeniedError를 그대로 전달',
    },
    responses: [{ kind: 'error', status: 403, error: { type: 'permission_error', message: '…' } }],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'PermissionDeniedError', attrs: { status_code: 403, type: 'permission_error' } },
        typescript: { class: 'PermissionDeniedError', attrs: { status: 403, type: 'permission_error' } },
      },
      waits: [],
      loggedRequestIds: [],
    },
  },
  {
    id: 'dropped-connection',
    title: {
      en: 'Dropped connection: the SDK still retries it, and the call succeeds',
      ko: '연결이 끊김: SDK는 여전히 재시도하고 호출이 성공',
    },
    responses: [{ kind: 'drop' }, message],
    expect: { attempts: 2, outcome: { kind: 'message' }, waits: [sdk1], loggedRequestIds: [] },
  },
];
