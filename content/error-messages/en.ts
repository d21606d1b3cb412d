// English prose per known message, keyed by the id in messages.ts. The message itself stays verbatim there.
import type { MessageProse } from '../../src/schemas/error-message.ts';

export const messageProseEn: Record<string, MessageProse> = {
  'prefill-not-supported': {
    title: 'Prefill not supported',
    cause: 'The conversation ends with an `assistant` message (a prefill), and the model does not accept one.',
    fix: 'End `messages` with a `user` message; do not send a trailing `assistant` message to these models.',
    scope: 'Claude 4.6 and later, and Mythos Preview.',
  },
  'thinking-blocks-cannot-be-modified': {
    title: 'Thinking blocks cannot be modified',
    cause: 'A `thinking` or `redacted_thinking` block of the latest assistant message differs from what the API returned. The message starts with its position, such as `messages.1.content.0`.',
    fix: 'Send the blocks back exactly as received, signature included; do not edit, trim or reorder them.',
    scope: 'Any model with thinking on.',
  },
  'extended-thinking-not-supported': {
    title: 'Extended thinking not supported',
    cause: 'The request sets `thinking.type` to `enabled`, which the model no longer takes.',
    fix: 'Use `thinking: {"type": "adaptive"}` and set `output_config.effort` to control thinking.',
    scope: 'Claude 4.7 and later.',
  },
  'adaptive-thinking-not-supported': {
    title: 'Adaptive thinking not supported',
    cause: 'The request sets `thinking.type` to `adaptive` on a model that predates it.',
    fix: 'Do not send `adaptive` to these models, or call a model that supports it.',
    scope: 'Claude 4.5 and earlier.',
  },
  'thinking-cannot-be-disabled': {
    title: 'Thinking cannot be disabled',
    cause: 'The request sets `thinking.type` to `disabled` on a model that always thinks.',
    fix: 'Use `thinking.type: "adaptive"` and lower `output_config.effort` instead.',
    scope: 'Fable 5.1, Mythos 5.1, Fable 5, Mythos 5, Opus 5.5 and Mythos Preview (Mythos Preview words the message differently).',
  },
  'forced-tool-use-not-supported': {
    title: 'Forced tool use not supported',
    cause: '`tool_choice` is `{"type": "tool"}` or `{"type": "any"}`, which the model does not accept. The token-counting endpoint returns the same error.',
    fix: 'Send these models a `tool_choice` other than `tool` or `any`.',
    scope: 'Opus 5.5, Fable 5.1, Mythos 5.1.',
  },
  'computer-use-tool-version-not-supported': {
    title: 'Computer use tool version not supported',
    cause: 'The request uses an Anthropic-defined tool type the model does not support. The API returns the same message for any such tool type.',
    fix: 'Use one of the tool versions the rest of the message lists (`Did you mean one of …`).',
    scope: 'Opus 5.5 on the Claude API and Google Cloud.',
  },
  'thinking-block-bound-to-another-conversation': {
    title: 'Thinking block no longer matches the conversation',
    cause: 'A `thinking` block is sent in a different conversation from the one it was created in. The second wording comes when `thinking.block_binding` is sent without the beta header `thinking-binding-controls-2026-08-01`.',
    fix: 'Remove the block, or set `thinking.block_binding.prefix_mismatch_behavior` to `"drop_block"` (with the beta header).',
    scope: 'Fable 5.1 and Opus 5.5; accounts created from 2026-08-31.',
  },
  'outbound-web-identity-federation-disabled': {
    title: 'Outbound web identity federation disabled',
    cause: 'The AWS account has outbound web identity federation turned off.',
    fix: 'Run `aws iam enable-outbound-web-identity-federation` in the account, then retry.',
    scope: 'Claude Platform on AWS.',
  },
  'file-not-found': {
    title: 'File not found (Files API)',
    cause: "The `file_id` doesn't exist, or the key has no access to it (`not_found_error`).",
    fix: 'Check the `file_id` you send. A file past its `expires_at` gives the code `file_expired` instead.',
    scope: 'Files API.',
  },
  'credit-balance-too-low': {
    title: 'Credit balance too low (a 400, not a 402)',
    cause: 'The organization the API key belongs to has no credit for the request. Users also report it while the Console shows credit, so check which key is really in use.',
    fix: 'Check which key is actually sent (environment variables, `.env` files, tool settings) and which organization owns it; add credit there. If it persists, contact support with request IDs.',
    scope: 'Claude API; also shown by Claude Code as "Credit balance is too low".',
  },
  'prompt-is-too-long': {
    title: 'Prompt is too long',
    cause: 'The input tokens exceed the model\'s context window.',
    fix: 'Count tokens before sending (the token-counting endpoint, `count_tokens`) and trim history or attachments; check the window of the model you call.',
    scope: 'Any model; the maximum depends on the model.',
  },
  'max-tokens-too-large': {
    title: '`max_tokens` above the model\'s maximum',
    cause: '`max_tokens` is larger than the output limit of the model. The second wording is Amazon Bedrock\'s.',
    fix: 'Lower `max_tokens` to the number the message gives.',
    scope: 'Any model; the maximum depends on the model and platform.',
  },
  'image-dimensions-exceed-max': {
    title: 'Image dimensions over the limit',
    cause: 'An image side is over 8000 pixels, or over 2000 pixels in a request with many images.',
    fix: 'Resize the image, or remove it. It stays in the history you resend, so every later request fails until it is gone.',
    scope: 'Claude API; see also the `image_dimensions_too_large` code.',
  },
  'tool-use-without-tool-result': {
    title: '`tool_use` without `tool_result`',
    cause: 'An assistant message has `tool_use` blocks whose ids are not answered by `tool_result` blocks in the next user message, often after an interrupted tool call.',
    fix: 'Answer every `tool_use.id` with a `tool_result` block in the very next user message.',
    scope: 'Any model with tools; also seen wrapped by Vertex AI.',
  },
  'request-body-not-valid-json': {
    title: 'Request body is not valid JSON',
    cause: 'A string in the body holds a lone surrogate or an unescaped control character.',
    fix: 'Clean the text before sending: drop unpaired surrogates and escape control characters, then serialise with a standard JSON encoder.',
    scope: 'Any model.',
  },
  'vertex-wrapped-error': {
    title: 'Claude error wrapped by Vertex AI',
    cause: 'On Vertex AI, the Claude error body arrives as a JSON string inside Google\'s own error object.',
    fix: 'Parse `error.message` as JSON to read the Claude `error.type`, message and request ID (`req_vrtx_…`).',
    scope: 'Google Cloud Vertex AI.',
  },
  'request-exceeds-maximum-size': {
    title: '413 without the usual envelope',
    cause: 'The request is larger than the endpoint accepts. This body has no top-level `type` and no `request_id`.',
    fix: 'Make the request smaller. Base64 makes files about a third larger; send large files through the Files API.',
    scope: 'Claude API (Messages 32 MB, Batches 256 MB, Files 500 MB).',
  },
  'rate-limited-without-limiter': {
    title: '429 that does not name the limit',
    cause: 'A rate limit was hit, but the message does not say which one, unlike the older `This request would exceed the rate limit for your organization (…) of 40,000 input tokens per minute…`.',
    fix: 'Read the `anthropic-ratelimit-*` response headers to see which limit is exhausted, and wait for `retry-after`.',
    scope: 'Claude API.',
  },
  'overloaded-typed-as-api-error': {
    title: 'Overload reported as `api_error`',
    cause: 'An overload arrives with `error.type` `api_error` and the message `Overloaded`; the status is not given in the report.',
    fix: 'Treat it like a 529: retry with backoff.',
    scope: 'Seen through a wrapper library (inspect_ai).',
  },
  'cloudflare-520': {
    title: 'Cloudflare 520 page',
    cause: 'The edge in front of the API returned an HTML error page or an empty body instead of a Claude error.',
    fix: 'Treat it as a transient server error: retry with backoff and check status.claude.com. Both SDKs retry statuses of 500 and above.',
    scope: 'Claude API.',
  },
};
