// Natural queries a reader in an incident would type, per entry and language. Each must find the
// entry's page in the top three. Statuses, types and class names are derived from the registry.
export const naturalQueries: Record<string, { en: string[]; ko: string[] }> = {
  '400': {
    en: ['invalid request', 'bad request', 'specified API usage limits', 'prefill not supported', 'BadRequestError fix the request'],
    ko: ['잘못된 요청', '직접 설정한 지출 한도', '요청 형식', 'prefill', 'BadRequestError'],
  },
  '401': {
    en: ['authentication failed', 'API key revoked', 'invalid api key', 'CORS requests are not allowed', 'AuthenticationError'],
    ko: ['인증 실패', 'API 키 만료', '인증 오류', 'CORS', 'AuthenticationError'],
  },
  '402': {
    en: ['billing', 'payment problem', 'billing_error', 'PaymentRequiredError', 'payment information'],
    ko: ['결제', '청구 정보', '결제 문제', 'PaymentRequiredError', 'billing_error'],
  },
  '403': {
    en: ['permission denied', 'lacks permission', 'permission_error', 'PermissionDeniedError', 'forbidden key permission'],
    ko: ['권한 없음', '권한이 없습니다', 'permission_error', 'PermissionDeniedError', 'API 키 권한'],
  },
  '404': {
    en: ['not found', 'resource not found', 'The requested resource could not be found', 'NotFoundError', 'wrong model id'],
    ko: ['찾을 수 없음', '리소스를 찾을 수 없습니다', 'not_found_error', 'NotFoundError', '리소스 ID'],
  },
  '409': {
    en: ['conflict', 'conflict with current state', 'ConflictError', 'resolve the conflict then retry', 'concurrent modification'],
    ko: ['충돌', '현재 상태와 충돌', 'ConflictError', '충돌을 해결', 'conflict_error'],
  },
  '413': {
    en: ['request too large', 'request size limit Messages API 32 MB', 'Cloudflare 413', 'RequestTooLargeError', 'ContentTooLargeError size limit'],
    ko: ['요청 크기', '크기 한도 초과', 'Cloudflare', 'RequestTooLargeError', 'ContentTooLargeError'],
  },
  '429': {
    en: ['rate limit', 'spend cap', 'enforced_spend_limit_reached', 'too many requests per minute', 'anthropic-ratelimit-requests-remaining'],
    ko: ['속도 제한', '속도제한', '월 지출 상한', '분당 요청 수', 'retry-after 헤더'],
  },
  '500': {
    en: ['internal server error', 'unexpected error inside Anthropic', 'api_error request ID support', 'InternalServerError retry', 'contact support with the request ID'],
    ko: ['내부 서버 오류', '예상치 못한 오류', '많이 복사되는 스니펫', 'InternalServerError 재시도', 'api_error'],
  },
  '504': {
    en: ['gateway timeout', 'timed out while processing', 'GatewayTimeoutError', 'timeout_error stream long requests', 'DeadlineExceededError'],
    ko: ['처리 중 시간 초과', '시간 초과', 'GatewayTimeoutError', 'timeout_error', '긴 요청 스트리밍'],
  },
  '529': {
    en: ['overloaded', 'API overloaded high traffic', 'OverloadedError not InternalServerError', 'Priority Tier overloaded', 'overloaded retry backoff jitter'],
    ko: ['과부하', '과부하가', 'API 과부하 재시도', '재시도를 지터', 'OverloadedError InternalServerError'],
  },
  'connection-error': {
    en: ['connection error', 'Connection error.', 'APIConnectionError', 'APITimeoutError request timed out', 'no response connection failed'],
    ko: ['연결 오류', '연결 실패', 'APIConnectionError', 'APIConnectionTimeoutError', '타임아웃 응답 없음'],
  },
  'stream-error': {
    en: ['error event after 200', 'event: error in stream', 'mid-stream error', 'status_code 200 APIStatusError', 'streaming error type'],
    ko: ['스트림 도중 오류', 'event: error', '스트리밍 오류', 'status_code 200', '200 뒤에 온 오류'],
  },
};
