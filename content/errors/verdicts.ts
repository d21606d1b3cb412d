// What a reader should do with an error, and who has to act: defined once, here.
// The badge, the home table, errors.json and the decoder all read these labels; a verdict
// never says "fix the request" where the request is fine (content review, finding B4).
import type { VerdictInput } from '../../src/schemas/verdict.ts';

export const verdicts = [
  {
    id: 'retry-backoff',
    retry: true,
    actor: 'caller',
    label: { en: 'Retry with backoff', ko: '백오프로 재시도' },
  },
  {
    id: 'retry-after',
    retry: true,
    actor: 'caller',
    label: { en: 'Retry after the server’s wait', ko: '서버가 준 시간 뒤 재시도' },
  },
  {
    id: 'fix-request',
    retry: false,
    actor: 'caller',
    label: { en: 'Don’t retry: fix the request', ko: '재시도 금지: 요청 수정' },
  },
  {
    id: 'fix-credentials',
    retry: false,
    actor: 'caller',
    label: { en: 'Don’t retry: fix the credentials', ko: '재시도 금지: 인증 정보 수정' },
  },
  {
    id: 'billing',
    retry: false,
    actor: 'billing',
    label: { en: 'Don’t retry: billing must act', ko: '재시도 금지: 결제 담당자 조치 필요' },
  },
  {
    id: 'grant-access',
    retry: false,
    actor: 'admin',
    label: { en: 'Don’t retry: an admin must grant access', ko: '재시도 금지: 관리자의 권한 부여 필요' },
  },
  {
    id: 'raise-limit',
    retry: false,
    actor: 'admin',
    label: { en: 'Don’t retry: raise or wait for your limit', ko: '재시도 금지: 한도 상향 또는 재설정 대기' },
  },
  {
    id: 'depends',
    retry: null,
    actor: 'caller',
    label: { en: 'Depends: see below', ko: '상황에 따라 다름: 아래 참고' },
  },
] as const satisfies readonly VerdictInput[];
