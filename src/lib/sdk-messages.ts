// What an SDK prints for an HTTP error, by message format (content/errors/sdk-behaviours.ts): the
// line a reader finds in a log, so the example section can show it for each SDK version range.
// Each format mirrors the SDK code it was read from; tests/drift/ compares the output with the
// installed SDKs' own messages.

/** An HTTP error as the API sent it. */
export interface HttpError {
  status: number;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Record<string, unknown>;
}

type ErrorObject = { type?: unknown; message?: unknown; details?: { error_code?: unknown } | null };

/** TypeScript 1.17.0+ (`APIError.makeMessage`): the API's message, then the known fields in brackets. */
export function apiMessageFormat(e: HttpError, path = '/v1/messages'): string {
  const error = (e.body.error ?? {}) as ErrorObject;
  const apiMessage = typeof error.message === 'string' && error.message ? error.message : null;
  const msg = apiMessage ?? JSON.stringify(e.body);
  const header = e.headers.find(([name]) => name === 'request-id')?.[1];
  const values = [
    ['error_code', error.details?.error_code],
    ['request_id', header || e.body.request_id],
    ['path', path],
    ['type', error.type],
  ].flatMap(([label, value]) => (typeof value === 'string' && value ? [`${label}: ${value}`] : []));
  const brackets = values.length ? ` (${values.join(', ')})` : '';
  const details = error.details;
  const moreThanCode = details != null && (typeof details !== 'object' || Array.isArray(details) || Object.keys(details).some((k) => k !== 'error_code'));
  const suffix = apiMessage !== null && moreThanCode ? `${brackets}\n\n${JSON.stringify(details, null, 2)}` : brackets;
  return `${e.status} ${msg}${suffix}`;
}

/** TypeScript 1.12.0–1.16.x: the status and the whole body as JSON. */
export function jsonBodyFormat(e: HttpError): string {
  return `${e.status} ${JSON.stringify(e.body)}`;
}

/** Python before 2.0.0 (`_make_status_error_from_response`): `Error code: 529 - {dict}`. */
export function pythonDictFormat(e: HttpError): string {
  return `Error code: ${e.status} - ${pythonRepr(e.body)}`;
}

/** Python's `repr` of JSON data: what `str(dict)` prints inside the message. */
export function pythonRepr(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

/** Python's quoting: single quotes unless the text has a single quote and no double quote. */
function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** The printed line for a format and a class: `OverloadedError: 529 Overloaded (…)`, `anthropic.OverloadedError: Error code: 529 - {…}`. */
export function printedLine(format: 'api-message' | 'json-body' | 'python-dict', className: string, e: HttpError): string {
  if (format === 'api-message') return `${className}: ${apiMessageFormat(e)}`;
  if (format === 'json-body') return `${className}: ${jsonBodyFormat(e)}`;
  return `anthropic.${className}: ${pythonDictFormat(e)}`;
}
