// `npm run decode`: the paste decoder on the command line, the same pure module the decode page runs.
//
//   pbpaste | npm run --silent decode            the answer as text
//   npm run --silent decode -- --json < err.txt   one JSON object
//   npm run --silent decode -- --jsonl < log      one JSON string per input line → one JSON result per line
//
// Nothing is sent anywhere; the registry is read from this checkout.
import { entries, entryBySlug, entryCode } from '../src/lib/registry.ts';
import { buildDecoderIndex } from '../src/lib/decoder/catalogue-index.ts';
import { decode, type DecodeResult } from '../src/lib/decoder/decode.ts';
import { buildAnchorIndex } from '../src/lib/decoder/anchor-index.ts';
import { findAnchors, type Anchors } from '../src/lib/decoder/anchors.ts';
import { verdictLabel } from '../src/lib/verdicts.ts';

const index = buildDecoderIndex(entries);
/** Links to the site: absolute with SITE_URL (and SITE_BASE), else paths below the site root. */
const anchorIndex = buildAnchorIndex('en', process.env.SITE_BASE ?? '/', (process.env.SITE_URL ?? '').replace(/\/$/, ''));

/** The machine-readable answer: the fields scripts need, with stable names. */
export function toJson(r: DecodeResult, a: Anchors = { code: null, message: null }) {
  return {
    outcome: r.outcome,
    entry: r.match?.slug ?? null,
    inner: r.inner?.slug ?? null,
    errorCode: r.errorCode,
    knownMessage: r.knownMessage,
    /** The card of the error code on the site, when the paste carries one. */
    codeUrl: a.code?.url ?? null,
    /** The subsection of the known message the paste quotes. */
    messageUrl: a.message?.url ?? null,
    verdict: r.verdict,
    waitSeconds: r.retryAfter && r.retryAfter.seconds > 0 ? r.retryAfter.seconds : null,
    requestId: r.requestId,
    awsRequestId: r.awsRequestId,
    platform: r.platform ? { platform: r.platform.platform, name: r.platform.name, status: r.platform.status } : r.onPlatform ? { platform: r.onPlatform, name: null, status: null } : null,
    sdk: r.sdk,
    sdkRange: r.sdkRange?.text ?? null,
    exception: r.exception,
    status: r.status,
    errorType: r.errorType,
    notClaude: r.notClaude,
    confidence: r.confidence,
    notes: r.notes,
    evidence: r.evidence.map((e) => ({ kind: e.kind, value: e.value, shape: e.shape, line: e.line, text: e.excerpt.match })),
    searchTerm: r.match ? null : r.searchTerm || null,
  };
}


/** The answer as a reader in a terminal wants it. */
/** The card and message subsection a result links to (none for another provider's error). */
function anchorsOf(r: DecodeResult, paste: string): Anchors {
  return r.notClaude ? { code: null, message: null } : findAnchors(r.errorCode, paste, anchorIndex);
}

export function toText(r: DecodeResult, a: Anchors = { code: null, message: null }): string {
  if (r.outcome === 'empty') return 'Nothing to decode: the input was empty.';
  if (r.outcome === 'not-claude' && r.notClaude) {
    return [`Not a Claude API error: this looks like ${r.notClaude.label}.`, ...why(r)].join('\n');
  }
  if (!r.match) {
    return [`Not enough to tell which Claude API error this is.`, r.searchTerm ? `Search the reference for: ${r.searchTerm}` : '', ...why(r)].filter(Boolean).join('\n');
  }
  const entry = entryBySlug(r.match.slug);
  const lines = [`${entryCode(entry)}: ${entry.summary.en}`];
  if (r.inner) {
    const inner = entryBySlug(r.inner.slug);
    lines.push(`Inside the stream: ${entryCode(inner)}: ${inner.summary.en}`);
  }
  if (r.verdict) lines.push(`What to do: ${verdictLabel(r.verdict, 'en') ?? r.verdict}${r.retryAfter && r.retryAfter.seconds > 0 && r.verdict === 'retry-after' ? ` (wait ${Math.round(r.retryAfter.seconds * 10) / 10} s, ${r.retryAfter.header}: ${r.retryAfter.raw})` : ''}`);
  if (r.confidence) lines.push(`How sure: ${r.confidence.level} (${r.confidence.basis})`);
  if (r.knownMessage) lines.push(`Known message: ${r.knownMessage}`);
  if (a.message) lines.push(`Message explained at: ${a.message.url}`);
  if (r.errorCode) lines.push(`Error code: ${r.errorCode}${a.code ? ` (card: ${a.code.url})` : ''}`);
  if (r.exception) lines.push(`Exception: ${r.exception.name}${r.exception.parent ? ` (${r.exception.sdk === 'python' ? 'Python' : 'TypeScript'}, subclass of ${r.exception.parent}; ${r.exception.versions})` : ''}`);
  if (r.sdkRange) lines.push(`Printed by: ${r.sdkRange.text}`);
  if (r.platform) lines.push(`Platform: ${r.platform.platform === 'bedrock' ? 'Amazon Bedrock' : 'Google Vertex AI'} ${r.platform.name} (HTTP ${r.platform.status})`);
  else if (r.onPlatform) lines.push(`Platform: ${r.onPlatform === 'bedrock' ? 'Amazon Bedrock' : 'Google Vertex AI'}`);
  if (r.requestId) lines.push(`Request ID: ${r.requestId}`);
  if (r.awsRequestId) lines.push(`AWS request ID: ${r.awsRequestId}`);
  if (r.notes.length > 0) lines.push(`Notes: ${r.notes.join(', ')}`);
  lines.push(...why(r));
  return lines.join('\n');
}

function why(r: DecodeResult): string[] {
  if (r.evidence.length === 0) return [];
  return ['Why:', ...r.evidence.map((e) => `  - ${e.kind} ${e.value} (line ${e.line}): ${e.excerpt.before}[${e.excerpt.match}]${e.excerpt.after}`)];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: npm run --silent decode [-- --json | --jsonl] < paste\n  (no flag) the answer as text\n  --json    one JSON object\n  --jsonl   each input line is a JSON string; one JSON result per line\n');
    return;
  }
  const unknown = args.filter((a) => a !== '--json' && a !== '--jsonl');
  if (unknown.length > 0) {
    process.stderr.write(`decode: unknown option ${unknown.join(' ')} (use --json or --jsonl)\n`);
    process.exitCode = 2;
    return;
  }
  const input = await readStdin();
  if (args.includes('--jsonl')) {
    const out: string[] = [];
    for (const [n, line] of input.split('\n').entries()) {
      if (line.trim() === '') continue;
      let paste: unknown;
      try {
        paste = JSON.parse(line);
      } catch {
        out.push(JSON.stringify({ line: n + 1, error: 'not a JSON string' }));
        continue;
      }
      if (typeof paste !== 'string') {
        out.push(JSON.stringify({ line: n + 1, error: 'not a JSON string' }));
        continue;
      }
      const r = decode(paste, index);
      out.push(JSON.stringify({ line: n + 1, ...toJson(r, anchorsOf(r, paste)) }));
    }
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    return;
  }
  const result = decode(input, index);
  const a = anchorsOf(result, input);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(toJson(result, a), null, 2)}\n` : `${toText(result, a)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
