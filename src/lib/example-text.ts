import type { ErrorExample } from '../schemas/error-entry.ts';

/** Renders an HTTP error example as the raw response a reader would see with `curl -i`. */
export function httpExampleText(example: Extract<ErrorExample, { kind: 'http' }>): string {
  const head = [`HTTP/1.1 ${example.status}`, ...example.headers.map(([name, value]) => `${name}: ${value}`)];
  return `${head.join('\n')}\n\n${JSON.stringify(example.body, null, 2)}`;
}
