import type { SnippetScenario } from '../../../src/schemas/scenario.ts';

// Scenarios run against content/errors/403/snippet.py and snippet.ts. A 403 is never
// retried: one request, no waits, the request ID logged. The message and the workspace ID
// are test data: the errors page quotes neither.

export const scenarios: SnippetScenario[] = [
  {
    id: 'permission-denied',
    title: {
      en: 'permission_error: one request, PermissionDeniedError with the workspace ID, no retry',
      ko: 'permission_error: 요청 한 번, 워크스페이스 ID가 담긴 PermissionDeniedError, 재시도 없음',
    },
    responses: [
      {
        kind: 'error',
        status: 403,
        error: { type: 'permission_error', message: 'Permission denied (test message)' },
        headers: { 'anthropic-workspace-id': 'test-workspace' },
      },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: {
          class: 'PermissionDeniedError',
          attrs: { status_code: 403, type: 'permission_error', workspace_id: 'test-workspace' },
        },
        typescript: {
          class: 'PermissionDeniedError',
          attrs: { status: 403, type: 'permission_error', workspaceID: 'test-workspace' },
        },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'permission-denied-without-workspace-header',
    title: {
      en: 'Without an anthropic-workspace-id header the workspace ID is empty; still one request',
      ko: 'anthropic-workspace-id 헤더가 없으면 워크스페이스 ID는 비어 있음. 역시 요청 한 번',
    },
    responses: [{ kind: 'error', status: 403, error: { type: 'permission_error', message: 'Permission denied (test message)' } }],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: { class: 'PermissionDeniedError', attrs: { status_code: 403, workspace_id: null } },
        typescript: { class: 'PermissionDeniedError', attrs: { status: 403, workspaceID: null } },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'authentication-error-is-not-403',
    title: {
      en: 'A 401 passes through untouched: the key itself was rejected',
      ko: '401은 건드리지 않고 그대로 전달: 키 자체가 거부됨',
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
      loggedRequestIds: [],
    },
  },
  {
    id: 'permitted',
    title: {
      en: 'Permission granted: one request, the message, nothing logged',
      ko: '권한 있음: 요청 한 번, 메시지 반환, 기록 없음',
    },
    responses: [{ kind: 'message' }],
    expect: { attempts: 1, outcome: { kind: 'message' }, waits: [], loggedRequestIds: [] },
  },
];
