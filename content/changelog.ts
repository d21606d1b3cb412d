// What changed in the reference, one entry per change a reader may care about (a new code, a
// changed verdict, a new SDK version checked). /feed.xml is written from this list, and a test keeps
// it in step with the registry: every date an entry's facts were last checked has an entry here.
import type { ChangeInput } from '../src/schemas/changelog.ts';

export const changelog = [
  {
    id: 'catalogue-launch',
    date: '2026-11-24',
    kind: 'content',
    title: { en: 'Thirteen error entries and four guides', ko: '오류 항목 13개와 가이드 4개' },
    summary: {
      en: 'Every HTTP error of the Claude API, connection errors and errors inside a stream, each with snippets tested against a fault server.',
      ko: 'Claude API의 모든 HTTP 오류, 연결 오류, 스트림 도중 오류를 다루며, 각 항목의 스니펫은 장애 주입 서버로 테스트합니다.',
    },
    paths: [''],
  },
  {
    id: 'sdk-python-2-17-typescript-1-17',
    date: '2026-12-05',
    kind: 'sdk',
    title: {
      en: 'Checked against Python anthropic 2.17.0 and TypeScript @anthropic-ai/sdk 1.17.0',
      ko: 'Python anthropic 2.17.0, TypeScript @anthropic-ai/sdk 1.17.0 기준으로 확인',
    },
    summary: {
      en: 'Classes and messages by SDK version range: a 529 is an InternalServerError from Python 2.5.0; TypeScript 1.17.0 prints the API message with error_code and request_id and retries a connection cut while a body is read. Snippets now run on TypeScript 1.17.0 and 1.12.0.',
      ko: 'SDK 버전 범위별 클래스와 메시지: Python 2.5.0부터 529는 InternalServerError의 하위 클래스이고, TypeScript 1.17.0은 API 메시지와 error_code, request_id를 출력하며 응답 본문을 읽다 끊긴 연결을 재시도합니다. 스니펫은 이제 TypeScript 1.17.0과 1.12.0에서 실행합니다.',
    },
    paths: ['errors/529/', 'errors/500/', 'errors/connection-error/', 'guides/sdk-exceptions/'],
  },
  {
    id: 'verdicts-say-who-acts',
    date: '2026-12-05',
    kind: 'verdict',
    title: { en: 'Verdicts say who has to act', ko: '대응 안내에 누가 조치해야 하는지 표시' },
    summary: {
      en: '401 is now "fix the credentials", 402 "billing must act", 403 "an admin must grant access", and a spend limit or cap "raise or wait for your limit", instead of "fix the request".',
      ko: '이제 401은 "인증 정보 수정", 402는 "결제 담당자 조치 필요", 403은 "관리자의 권한 부여 필요", 지출 한도와 월 지출 상한은 "한도 상향 또는 재설정 대기"로 안내합니다("요청 수정" 대신).',
    },
    paths: ['errors/401/', 'errors/402/', 'errors/403/', 'errors/400/', 'errors/429/'],
  },
] as const satisfies readonly ChangeInput[];
