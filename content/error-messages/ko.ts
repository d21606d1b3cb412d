// 알려진 메시지별 한국어 설명. 키는 messages.ts의 id이며, 메시지 원문은 그곳에 그대로 둡니다.
import type { MessageProse } from '../../src/schemas/error-message.ts';

export const messageProseKo: Record<string, MessageProse> = {
  'prefill-not-supported': {
    title: 'prefill 미지원',
    cause: '대화가 `assistant` 메시지(prefill)로 끝나는데, 모델이 이를 받지 않습니다.',
    fix: '`messages`를 `user` 메시지로 끝내세요. 이 모델들에는 마지막에 `assistant` 메시지를 보내면 안 됩니다.',
    scope: 'Claude 4.6 이상, Mythos Preview.',
  },
  'thinking-blocks-cannot-be-modified': {
    title: 'thinking 블록은 수정할 수 없음',
    cause: '마지막 assistant 메시지의 `thinking`이나 `redacted_thinking` 블록이 API가 돌려준 것과 다릅니다. 메시지 앞에 `messages.1.content.0` 같은 위치가 붙습니다.',
    fix: '서명까지 포함해 받은 그대로 돌려보내세요. 수정하거나 자르거나 순서를 바꾸면 안 됩니다.',
    scope: 'thinking을 켠 모든 모델.',
  },
  'extended-thinking-not-supported': {
    title: 'extended thinking 미지원',
    cause: '`thinking.type`을 `enabled`로 보냈는데, 모델이 더 이상 받지 않습니다.',
    fix: '`thinking: {"type": "adaptive"}`를 쓰고 `output_config.effort`로 thinking을 조절하세요.',
    scope: 'Claude 4.7 이상.',
  },
  'adaptive-thinking-not-supported': {
    title: 'adaptive thinking 미지원',
    cause: '`thinking.type`을 `adaptive`로 보냈는데, 그 이전 세대 모델입니다.',
    fix: '이 모델들에는 `adaptive`를 보내지 말거나, 지원하는 모델을 호출하세요.',
    scope: 'Claude 4.5 이하.',
  },
  'thinking-cannot-be-disabled': {
    title: 'thinking을 끌 수 없음',
    cause: '항상 thinking을 하는 모델에 `thinking.type`을 `disabled`로 보냈습니다.',
    fix: '`thinking.type: "adaptive"`를 쓰고 `output_config.effort`를 낮추세요.',
    scope: 'Fable 5.1, Mythos 5.1, Fable 5, Mythos 5, Opus 5.5, Mythos Preview(Mythos Preview는 메시지 문구가 다름).',
  },
  'forced-tool-use-not-supported': {
    title: '도구 강제 사용 미지원',
    cause: '`tool_choice`가 `{"type": "tool"}`이나 `{"type": "any"}`인데 모델이 받지 않습니다. 토큰 카운팅 엔드포인트도 같은 오류를 돌려줍니다.',
    fix: '이 모델들에는 `tool`이나 `any`가 아닌 `tool_choice`를 보내세요.',
    scope: 'Opus 5.5, Fable 5.1, Mythos 5.1.',
  },
  'computer-use-tool-version-not-supported': {
    title: 'computer use 도구 버전 미지원',
    cause: '모델이 지원하지 않는 Anthropic 정의 도구 유형을 썼습니다. 그런 도구 유형이면 모두 같은 메시지가 옵니다.',
    fix: '메시지 뒷부분(`Did you mean one of …`)에 나온 도구 버전 중 하나를 쓰세요.',
    scope: 'Claude API와 Google Cloud의 Opus 5.5.',
  },
  'thinking-block-bound-to-another-conversation': {
    title: 'thinking 블록이 다른 대화에 묶여 있음',
    cause: '`thinking` 블록을 만들어진 대화가 아닌 다른 대화에 보냈습니다. 두 번째 문구는 베타 헤더 `thinking-binding-controls-2026-08-01` 없이 `thinking.block_binding`을 보냈을 때 나옵니다.',
    fix: '블록을 빼거나, 베타 헤더와 함께 `thinking.block_binding.prefix_mismatch_behavior`를 `"drop_block"`으로 설정하세요.',
    scope: 'Fable 5.1, Opus 5.5. 2026-08-31 이후 생성된 계정.',
  },
  'outbound-web-identity-federation-disabled': {
    title: 'outbound web identity federation 비활성화',
    cause: 'AWS 계정에서 outbound web identity federation이 꺼져 있습니다.',
    fix: '그 계정에서 `aws iam enable-outbound-web-identity-federation`을 실행한 뒤 재시도하세요.',
    scope: 'Claude Platform on AWS.',
  },
  'file-not-found': {
    title: '파일을 찾을 수 없음(Files API)',
    cause: '`file_id`가 없거나 키로 접근할 수 없는 파일입니다(`not_found_error`).',
    fix: '보내는 `file_id`를 확인하세요. `expires_at`이 지난 파일이면 대신 `file_expired` 코드가 옵니다.',
    scope: 'Files API.',
  },
  'credit-balance-too-low': {
    title: '크레딧 잔액 부족(402가 아니라 400)',
    cause: 'API 키가 속한 조직에 이 요청에 쓸 크레딧이 없습니다. Console에 크레딧이 보이는데도 이 오류가 난다는 보고가 있으니, 실제로 쓰이는 키가 무엇인지 확인하세요.',
    fix: '실제로 어떤 키가 전송되는지(환경 변수, `.env` 파일, 도구 설정)와 그 키의 조직을 확인하고 그 조직에 크레딧을 충전하세요. 계속되면 요청 ID를 들고 지원팀에 문의하세요.',
    scope: 'Claude API. Claude Code에서는 "Credit balance is too low"로 표시됩니다.',
  },
  'prompt-is-too-long': {
    title: '프롬프트가 너무 김',
    cause: '입력 토큰이 모델의 컨텍스트 윈도를 넘었습니다.',
    fix: '보내기 전에 토큰 카운팅 엔드포인트(`count_tokens`)로 토큰을 세고 기록이나 첨부를 줄이세요. 호출하는 모델의 윈도 크기도 확인하세요.',
    scope: '모든 모델. 최댓값은 모델마다 다릅니다.',
  },
  'max-tokens-too-large': {
    title: '`max_tokens`가 모델 최댓값을 넘음',
    cause: '`max_tokens`가 모델의 출력 한도보다 큽니다. 두 번째 문구는 Amazon Bedrock의 것입니다.',
    fix: '`max_tokens`를 메시지에 나온 값 이하로 낮추세요.',
    scope: '모든 모델. 최댓값은 모델과 플랫폼마다 다릅니다.',
  },
  'image-dimensions-exceed-max': {
    title: '이미지 크기 제한 초과',
    cause: '이미지의 한 변이 8000픽셀을 넘거나, 이미지가 많은 요청에서 2000픽셀을 넘었습니다.',
    fix: '이미지 크기를 줄이거나 빼세요. 다시 보내는 대화 기록에 남아 있으면 빠질 때까지 이후 요청도 모두 실패합니다.',
    scope: 'Claude API. `image_dimensions_too_large` 코드도 참고하세요.',
  },
  'tool-use-without-tool-result': {
    title: '`tool_result` 없는 `tool_use`',
    cause: 'assistant 메시지의 `tool_use` 블록 id에 대응하는 `tool_result` 블록이 다음 user 메시지에 없습니다. 도구 호출이 중간에 끊긴 뒤에 흔히 납니다.',
    fix: '바로 다음 user 메시지에 모든 `tool_use.id`에 대한 `tool_result` 블록을 넣으세요.',
    scope: '도구를 쓰는 모든 모델. Vertex AI로 감싸진 형태로도 보고됐습니다.',
  },
  'request-body-not-valid-json': {
    title: '요청 본문이 올바른 JSON이 아님',
    cause: '본문 문자열에 짝 없는 서로게이트나 이스케이프되지 않은 제어 문자가 있습니다.',
    fix: '보내기 전에 텍스트를 정리하세요. 짝 없는 서로게이트는 빼고 제어 문자는 이스케이프한 뒤 표준 JSON 인코더로 직렬화하세요.',
    scope: '모든 모델.',
  },
  'vertex-wrapped-error': {
    title: 'Vertex AI가 감싼 Claude 오류',
    cause: 'Vertex AI에서는 Claude 오류 본문이 Google 오류 객체 안에 JSON 문자열로 들어옵니다.',
    fix: '`error.message`를 JSON으로 파싱해 Claude의 `error.type`, 메시지, 요청 ID(`req_vrtx_…`)를 읽으세요.',
    scope: 'Google Cloud Vertex AI.',
  },
  'request-exceeds-maximum-size': {
    title: '일반 형식이 아닌 413',
    cause: '요청이 엔드포인트가 받는 크기보다 큽니다. 이 본문에는 최상위 `type`과 `request_id`가 없습니다.',
    fix: '요청을 줄이세요. base64로 인코딩하면 파일이 3분의 1가량 커집니다. 큰 파일은 Files API로 보내세요.',
    scope: 'Claude API(Messages 32 MB, Batches 256 MB, Files 500 MB).',
  },
  'rate-limited-without-limiter': {
    title: '어떤 한도인지 알려 주지 않는 429',
    cause: '속도 제한에 걸렸지만, 예전 문구(`This request would exceed the rate limit for your organization (…) of 40,000 input tokens per minute…`)와 달리 어떤 한도인지 나오지 않습니다.',
    fix: '`anthropic-ratelimit-*` 응답 헤더로 어느 한도가 바닥났는지 확인하고 `retry-after`만큼 기다리세요.',
    scope: 'Claude API.',
  },
  'overloaded-typed-as-api-error': {
    title: '`api_error`로 오는 과부하',
    cause: '과부하가 `error.type` `api_error`, 메시지 `Overloaded`로 옵니다. 보고에 상태 코드는 나오지 않습니다.',
    fix: '529와 같이 백오프로 재시도하세요.',
    scope: '래퍼 라이브러리(inspect_ai)를 거친 경우에 보고됐습니다.',
  },
  'cloudflare-520': {
    title: 'Cloudflare 520 페이지',
    cause: 'API 앞단의 엣지가 Claude 오류 대신 HTML 오류 페이지나 빈 본문을 돌려줬습니다.',
    fix: '일시적인 서버 오류로 보고 백오프로 재시도하고 status.claude.com을 확인하세요. 두 SDK 모두 500 이상 상태 코드를 재시도합니다.',
    scope: 'Claude API.',
  },
};
