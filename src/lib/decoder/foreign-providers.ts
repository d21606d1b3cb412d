// Marks of other model providers' errors, so a paste from OpenAI, Google Gemini, an OpenAI-compatible
// server (vLLM, llama.cpp) or a router (OpenRouter) is answered "not a Claude API error" instead of being
// matched by a shared class name (`RateLimitError`) or a shared type (`invalid_request_error`).
// These are not facts about Claude errors; they only keep the decoder from giving a confident wrong answer.

/** A provider the decoder can name. `label` is how the page and the command line name it. */
export interface ForeignProvider {
  id: string;
  label: string;
  /** Any one of these, anywhere in the paste, says the error came from this provider. */
  marks: readonly RegExp[];
}

/** In order: the more specific first (an OpenAI-compatible server also prints `openai.BadRequestError`). */
export const foreignProviders: readonly ForeignProvider[] = [
  {
    id: 'openrouter',
    label: 'OpenRouter',
    marks: [/\bopenrouter\b/i, /\bProvider returned error\b/],
  },
  {
    id: 'openai-compatible',
    label: 'an OpenAI-compatible server (vLLM, llama.cpp or similar)',
    marks: [/['"]object['"][ \t]*:[ \t]*['"]error['"]/, /\bvllm\b/i, /\bn_ctx(?:_per_seq)?\b/, /\bllama\.cpp\b/, /\bsglang\b/i],
  },
  {
    id: 'azure-openai',
    label: 'Azure OpenAI',
    marks: [
      /\bAzure ?OpenAI\b/i,
      /\bazure-openai\b/i,
      /\bAzureException\b/,
      /\baka\.ms\/oai\b/,
      /\bopenai\.azure\.com\b/,
      /\bChatCompletions_Create Operation\b/,
      /\bRate limit is exceeded\. Try again in \d{1,6} seconds?\b/,
    ],
  },
  {
    id: 'openai',
    label: 'OpenAI',
    marks: [
      /platform\.openai\.com/,
      /\binsufficient_quota\b/,
      /\binvalid_api_key\b/,
      /\bOpenAIException\b/,
      /(?<![\w.])openai\.(?:error\.|_exceptions\.)?[A-Z]\w{0,60}(?:Error|Exception)\b/,
      /node_modules\/openai\//,
      /\bapi\.openai\.com\b/,
    ],
  },
  {
    id: 'google',
    label: 'Google (Gemini API or Vertex AI, not a Claude model)',
    marks: [
      /generativelanguage\.googleapis\.com/,
      /The model is overloaded\.[ \t]*Please try(?:\s|\\n){1,40}again later\./,
      /\bGeminiException\b/,
      /\bgemini\b/i,
      /\bcom\.google\.api\.gax\b/,
      /\bio\.grpc\.StatusRuntimeException\b/,
      /\bgoogle\.api_core\.exceptions\b/,
      /\bgoogle\.genai\b/,
      /Maximum request body size \d{1,12} exceeded/,
    ],
  },
  { id: 'ollama', label: 'Ollama', marks: [/\bollama\b/i] },
  { id: 'mistral', label: 'Mistral', marks: [/\bMistral\w{0,40}Exception\b/, /\bmistralai\b/] },
  { id: 'groq', label: 'Groq', marks: [/\bgroq\b/i] },
  { id: 'cohere', label: 'Cohere', marks: [/\bcohere\b/i] },
  { id: 'deepseek', label: 'DeepSeek', marks: [/\bdeepseek\b/i] },
  { id: 'together', label: 'Together AI', marks: [/\btogether\.(?:ai|xyz)\b/i] },
];

/**
 * A wrapper that says which provider it called (Continue prints `Provider: openai`). Providers that serve
 * Claude are not foreign.
 */
export const PROVIDER_LINE = /^[ \t]*(?:Provider|provider)[ \t]*:[ \t]*([A-Za-z][\w.-]{1,40})/m;
export const CLAUDE_PROVIDERS: ReadonlySet<string> = new Set(['anthropic', 'bedrock', 'vertex', 'vertexai', 'vertex_ai', 'claude']);

/** A Google RPC error (`"status": "UNAVAILABLE"` next to `"code": 503`): Google's, unless the paste says Claude. */
export const GOOGLE_RPC_STATUS = /\\?['"]status\\?['"][ \t]*:[ \t]*\\?['"](UNAVAILABLE|RESOURCE_EXHAUSTED|PERMISSION_DENIED|INVALID_ARGUMENT|NOT_FOUND|INTERNAL|DEADLINE_EXCEEDED|UNAUTHENTICATED|FAILED_PRECONDITION)\\?['"]|\b(RESOURCE_EXHAUSTED|UNAVAILABLE|PERMISSION_DENIED):[ \t]/;
