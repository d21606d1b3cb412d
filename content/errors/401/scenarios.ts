import type { SnippetScenario } from '../../../src/schemas/scenario.ts';

// Scenarios run against content/errors/401/snippet.py and snippet.ts. The tests build the
// client with an API key, so a 401 is never retried: one request, no waits, the request ID
// logged. The key-problem message is test data: the errors page does not quote one.

export const scenarios: SnippetScenario[] = [
  {
    id: 'key-rejected',
    title: {
      en: 'Key rejected: one request, AuthenticationError, request ID logged, no retry',
      ko: '키 거부: 요청 한 번, AuthenticationError, 요청 ID 기록, 재시도 없음',
    },
    responses: [
      { kind: 'error', status: 401, error: { type: 'authentication_error', message: 'API key rejected (test message)' } },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'AuthenticationError', attrs: { status_code: 401, type: 'authentication_error' } },
        typescript: { class: 'AuthenticationError', attrs: { status: 401, type: 'authentication_error' } },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'cors-not-allowed',
    title: {
      en: 'CORS 401 (organization setting): one request, CorsNotAllowedError, not a key problem',
      ko: 'CORS 401(조직 설정): 요청 한 번, CorsNotAllowedError, 키 문제가 아님',
    },
    responses: [
      {
        kind: 'error',
        status: 401,
        error: { type: 'authentication_error', message: 'CORS requests are not allowed for this Organization.' },
      },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: {
          class: 'CorsNotAllowedError',
          messageIncludes: 'CORS requests are not allowed',
          cause: { class: 'AuthenticationError', attrs: { status_code: 401, type: 'authentication_error' } },
        },
        typescript: {
          class: 'CorsNotAllowedError',
          messageIncludes: 'CORS requests are not allowed',
          cause: { class: 'AuthenticationError', attrs: { status: 401, type: 'authentication_error' } },
        },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'permission-error-is-not-401',
    title: {
      en: 'A 403 permission_error passes through untouched: the key is valid but lacks permission',
      ko: '403 permission_error는 건드리지 않고 그대로 전달: 키는 유효하지만 권한이 없음',
    },
    responses: [{ kind: 'error', status: 403, error: { type: 'permission_error', message: 'Permission denied (test message)' } }],
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
    id: 'valid-key',
    title: {
      en: 'A valid key: one request, the message, nothing logged',
      ko: '유효한 키: 요청 한 번, 메시지 반환, 기록 없음',
    },
    responses: [{ kind: 'message' }],
    expect: { attempts: 1, outcome: { kind: 'message' }, waits: [], loggedRequestIds: [] },
  },
];
