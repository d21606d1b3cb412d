import type { SnippetScenario } from '../../../src/schemas/scenario.ts';

// Scenarios run against content/errors/402/snippet.py and snippet.ts. A 402 is never
// retried: one request, no waits, the request ID logged. Messages are test data: the
// errors page does not quote one. The error_code in the second scenario is the one
// @anthropic-ai/sdk 1.12.0 maps to LinkedOrganizationSpendLimitReachedError
// (src/resources/shared.ts); the page does not describe it further.

// anthropic before 2.5.0 has no 402 class (a bare APIStatusError). 2.5.0 adds PaymentRequiredError
// (release notes); that a 402 raises it is not confirmed, so 2.5.0+ asserts only what the snippet
// relies on: an APIStatusError with status_code 402.
const paymentRequired = {
  python: [
    {
      versions: '>=2.5.0',
      instanceOf: ['APIStatusError'],
      notInstanceOf: ['BadRequestError', 'RateLimitError'],
      attrs: { status_code: 402, type: 'billing_error' },
    },
    {
      versions: '<2.5.0',
      class: 'APIStatusError',
      notInstanceOf: ['BadRequestError', 'RateLimitError'],
      attrs: { status_code: 402, type: 'billing_error' },
    },
  ],
  typescript: {
    class: 'PaymentRequiredError',
    instanceOf: ['APIError'],
    attrs: { status: 402, type: 'billing_error', errorCode: null },
  },
};

export const scenarios: SnippetScenario[] = [
  {
    id: 'billing-error',
    title: {
      en: 'billing_error: one request; TypeScript PaymentRequiredError, Python 1.13.0 a bare APIStatusError',
      ko: 'billing_error: 요청 한 번. TypeScript는 PaymentRequiredError, Python 1.13.0은 일반 APIStatusError',
    },
    responses: [{ kind: 'error', status: 402, error: { type: 'billing_error', message: 'Billing problem (test message)' } }],
    expect: { attempts: 1, outcome: { kind: 'error', ...paymentRequired }, waits: [], loggedRequestIds: [1] },
  },
  {
    id: 'billing-error-with-error-code',
    title: {
      en: 'A 402 with error.details.error_code: TypeScript 1.x picks LinkedOrganizationSpendLimitReachedError',
      ko: 'error.details.error_code가 있는 402: TypeScript 1.x는 LinkedOrganizationSpendLimitReachedError를 던짐',
    },
    responses: [
      {
        kind: 'error',
        status: 402,
        error: {
          type: 'billing_error',
          message: 'Billing problem (test message)',
          details: { error_code: 'linked_organization_spend_limit_reached' },
        },
      },
    ],
    expect: {
      attempts: 1,
      outcome: {
        kind: 'error',
        python: paymentRequired.python,
        typescript: {
          class: 'LinkedOrganizationSpendLimitReachedError',
          instanceOf: ['PaymentRequiredError', 'APIError'],
          attrs: { status: 402, type: 'billing_error', errorCode: 'linked_organization_spend_limit_reached' },
        },
      },
      waits: [],
      loggedRequestIds: [1],
    },
  },
  {
    id: 'own-spend-limit-is-400',
    title: {
      en: 'A spend limit you set is a 400, not a 402: BadRequestError passes through, not logged',
      ko: '직접 설정한 지출 한도는 402가 아닌 400: BadRequestError를 그대로 전달, 기록 안 함',
    },
    responses: [
      {
        kind: 'error',
        status: 400,
        error: { type: 'invalid_request_error', message: 'You have reached your specified API usage limits.' },
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
      loggedRequestIds: [],
    },
  },
  {
    id: 'billing-ok',
    title: {
      en: 'Billing in order: one request, the message, nothing logged',
      ko: '결제 정보에 문제 없음: 요청 한 번, 메시지 반환, 기록 없음',
    },
    responses: [{ kind: 'message' }],
    expect: { attempts: 1, outcome: { kind: 'message' }, waits: [], loggedRequestIds: [] },
  },
];
