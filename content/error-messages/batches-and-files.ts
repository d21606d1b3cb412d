// Message Batches `errored` results and Files API errors, for the index page. Official descriptions
// stay verbatim in English (official docs: Batch processing, Files); our explanation is per language.
import type { LocalizedText } from '../../src/schemas/error-entry.ts';

/** One result type of a Message Batches result line, with the official description. */
export interface BatchResultType {
  type: 'succeeded' | 'errored' | 'canceled' | 'expired';
  /** Official description, verbatim. */
  official: string;
  /** What to do with a request in this state. */
  action: LocalizedText;
}

export const batchResultTypes: BatchResultType[] = [
  {
    type: 'succeeded',
    official: 'Request was successful. Includes the message result.',
    action: { en: 'Read the message from `result.message`.', ko: '`result.message`에서 메시지를 읽으세요.' },
  },
  {
    type: 'errored',
    official: 'Request encountered an error and a message was not created. Possible errors include invalid requests and internal server errors. You will not be billed for these requests.',
    action: {
      en: '`result.error` holds the standard error shape. If `result.error.error.type` is `invalid_request_error`, fix the request body before sending it again; any other type can be retried as it is.',
      ko: '`result.error`에 일반 오류 형식이 들어 있습니다. `result.error.error.type`이 `invalid_request_error`면 요청 본문을 고친 뒤 다시 보내고, 다른 유형이면 그대로 재시도해도 됩니다.',
    },
  },
  {
    type: 'canceled',
    official: 'User canceled the batch before this request could be sent to the model. You will not be billed for these requests.',
    action: { en: 'Send the request again in a new batch if you still need it.', ko: '아직 필요하면 새 배치로 다시 보내세요.' },
  },
  {
    type: 'expired',
    official: 'Batch reached its 24-hour expiration before this request could be sent to the model. You will not be billed for these requests.',
    action: { en: 'Send the request again in a new batch.', ko: '새 배치로 다시 보내세요.' },
  },
];

/** Batch troubleshooting points from the official batch-processing page, in our words. */
export const batchNotes: LocalizedText[] = [
  {
    en: 'The official example splits retries this way: `invalid_request_error` means the request body must be fixed first; every other error type can be retried directly.',
    ko: '공식 예제는 재시도를 이렇게 나눕니다. `invalid_request_error`는 요청 본문을 먼저 고쳐야 하고, 다른 오류 유형은 그대로 재시도해도 됩니다.',
  },
  {
    en: 'One failed request does not affect the other requests of the batch. Results can be read for 29 days after `created_at`.',
    ko: '배치 안의 요청 하나가 실패해도 다른 요청에는 영향이 없습니다. 결과는 `created_at`부터 29일 동안 볼 수 있습니다.',
  },
  {
    en: 'A batch over 256 MB in total can get a 413 `request_too_large`. Give every request a unique `custom_id`.',
    ko: '배치 전체가 256 MB를 넘으면 413 `request_too_large`가 날 수 있습니다. 요청마다 고유한 `custom_id`를 주세요.',
  },
  {
    en: 'Batches do not support `stream`, `speed` or `max_tokens: 0`.',
    ko: '배치에서는 `stream`, `speed`, `max_tokens: 0`을 쓸 수 없습니다.',
  },
];

/** One Files API error from the official Files page, with its status and our note. */
export interface FilesApiError {
  status: number;
  /** Official heading and description, verbatim. */
  official: string;
  /** The `error_code` the SDK knows for it, if any. */
  code?: string;
  note: LocalizedText;
}

export const filesApiErrors: FilesApiError[] = [
  {
    status: 404,
    official: "File not found: The specified `file_id` doesn't exist or you don't have access to it",
    code: 'file_expired',
    note: { en: 'Check the `file_id`. A file past its `expires_at` gives the code `file_expired`.', ko: '`file_id`를 확인하세요. `expires_at`이 지난 파일이면 `file_expired` 코드가 옵니다.' },
  },
  {
    status: 400,
    official: "Invalid file type: The file type doesn't match the content block type (for example, using an image file in a document block)",
    note: { en: 'Use the content block that matches the file.', ko: '파일에 맞는 콘텐츠 블록을 쓰세요.' },
  },
  {
    status: 400,
    official: 'Not downloadable: Files you upload have `"downloadable": false`… Only files created by skills or the code execution tool can be downloaded',
    code: 'file_not_downloadable',
    note: { en: 'Keep your own copy of what you upload.', ko: '업로드한 파일은 따로 보관하세요.' },
  },
  {
    status: 400,
    official: 'Exceeds context window size: for example, using a 500 MB plain text file in a `/v1/messages` request',
    note: { en: 'Send a smaller file, or a part of it.', ko: '더 작은 파일이나 일부만 보내세요.' },
  },
  {
    status: 400,
    official: 'Invalid filename: 1-255 characters … forbidden characters (`<`, `>`, `:`, `"`, `|`, `?`, `*`, `\\`, `/`, or Unicode characters 0-31)',
    note: { en: 'Rename the file before uploading.', ko: '업로드 전에 파일 이름을 바꾸세요.' },
  },
  {
    status: 413,
    official: 'File too large: File exceeds the 500 MB limit',
    note: { en: 'Split or shrink the file.', ko: '파일을 나누거나 줄이세요.' },
  },
  {
    status: 400,
    official: 'Storage limit exceeded: Your organization has reached the 500 GB storage limit',
    code: 'storage_quota_exceeded',
    note: { en: 'Delete files you no longer need.', ko: '필요 없는 파일을 지우세요.' },
  },
];
