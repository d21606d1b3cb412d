// Natural queries a reader in an incident would type, per entry and language. Each must find the
// entry's page in the top three. Statuses, types and class names are derived from the registry.
export const naturalQueries: Record<string, { en: string[]; ko: string[] }> = {
  '429': {
    en: ['rate limit', 'spend cap', 'enforced_spend_limit_reached', 'too many requests per minute', 'anthropic-ratelimit-requests-remaining'],
    ko: ['속도 제한', '속도제한', '월 지출 상한', '분당 요청 수', 'retry-after 헤더'],
  },
  '500': {
    en: ['internal server error', 'unexpected error inside Anthropic', 'api_error request ID support', 'InternalServerError retry', 'x-should-retry'],
    ko: ['내부 서버 오류', '예상치 못한 오류', '요청 ID 지원팀', 'InternalServerError 재시도', 'x-should-retry'],
  },
  '529': {
    en: ['overloaded', 'API overloaded high traffic', 'OverloadedError not InternalServerError', 'Priority Tier overloaded', 'overloaded retry backoff jitter'],
    ko: ['과부하', '과부하가', 'API 과부하 재시도', '재시도를 지터', 'OverloadedError InternalServerError'],
  },
};
