// The Korean glossary (content/glossary.md) lists, per term, the variants that must not appear in Korean text.
// This test reads that table and checks every Korean surface a reader sees: the ko.mdx pages, the UI strings and
// the `ko:` strings of the content data files. Code blocks and inline code are left out, since code stays English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');

/** One banned variant: the pattern to look for and how the glossary wrote it. */
interface Ban {
  preferred: string;
  written: string;
  pattern: RegExp;
}

/** Splits a Markdown table row on unescaped pipes and unescapes `\|`. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());
}

/** A code span is a regular expression when written /…/, otherwise a literal string. */
function toPattern(written: string): RegExp {
  const regex = /^\/(.+)\/$/.exec(written);
  if (regex?.[1]) return new RegExp(regex[1], 'gu');
  return new RegExp(written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
}

/** Reads the "Banned variants" table of the glossary. */
function parseBans(glossary: string): Ban[] {
  const section = /^## Banned variants\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(glossary)?.[1] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('|'));
  const bans: Ban[] = [];
  for (const row of rows.slice(2)) {
    const [preferred, variants] = cells(row);
    if (!preferred || !variants) continue;
    for (const m of variants.matchAll(/`([^`]+)`/g)) {
      const written = m[1] ?? '';
      bans.push({ preferred, written, pattern: toPattern(written) });
    }
  }
  return bans;
}

/** Replaces code (fenced blocks and inline spans) with spaces, keeping every line break and offset. */
function blankCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

/** A piece of Korean text and where it starts in its file. */
interface KoText {
  file: string;
  line: number;
  text: string;
}

/** The `ko:` string literals of a TypeScript data file, each with the line it starts on. */
function koStrings(file: string, source: string): KoText[] {
  const found: KoText[] = [];
  for (const m of source.matchAll(/\bko:\s*(['"`])((?:\\[\s\S]|(?!\1)[^\\])*)\1/g)) {
    const text = m[2] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(text);
    found.push({ file, line: source.slice(0, start).split('\n').length, text });
  }
  return found;
}

/** One banned variant found in Korean text. */
interface Violation {
  file: string;
  line: number;
  found: string;
  preferred: string;
}

/** Every banned variant in the text, with its line in the file. */
function violations(piece: KoText, bans: Ban[]): Violation[] {
  const text = blankCode(piece.text);
  const out: Violation[] = [];
  for (const ban of bans) {
    for (const m of text.matchAll(ban.pattern)) {
      const line = piece.line + text.slice(0, m.index).split('\n').length - 1;
      out.push({ file: piece.file, line, found: m[0], preferred: ban.preferred });
    }
  }
  return out;
}

function walk(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return walk(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Every Korean text a reader can see, as the glossary's scope defines it. */
function koreanTexts(): KoText[] {
  const texts: KoText[] = [];
  const whole = (path: string) => ({ file: relative(repo, path), line: 1, text: readFileSync(path, 'utf8') });
  for (const path of walk(join(repo, 'content'), (p) => p.endsWith('/ko.mdx'))) texts.push(whole(path));
  texts.push(whole(join(repo, 'src', 'i18n', 'ko.ts')));
  const errors = join(repo, 'content', 'errors');
  const dataFiles = [
    join(errors, 'registry.ts'),
    join(errors, 'sdk-error-facts.ts'),
    join(errors, 'platform-errors.ts'),
    ...walk(errors, (p) => p.endsWith('/scenarios.ts')),
  ];
  for (const path of dataFiles.filter((p) => existsSync(p))) texts.push(...koStrings(relative(repo, path), readFileSync(path, 'utf8')));
  return texts;
}

const bans = parseBans(readFileSync(join(repo, 'content', 'glossary.md'), 'utf8'));

test('the glossary lists banned variants in a table the test can read', () => {
  assert.ok(bans.length >= 20, `only ${bans.length} banned variants parsed from content/glossary.md`);
  assert.ok(bans.some((b) => b.preferred === '월 지출 상한' && b.written === '월 지출 한도'));
});

test('no banned variant matches a preferred term of the glossary', () => {
  const preferred = [...new Set(bans.map((b) => b.preferred))];
  const clashes = preferred.flatMap((term) =>
    violations({ file: 'content/glossary.md', line: 1, text: term }, bans).map((v) => `"${term}" is banned by the variant for "${v.preferred}"`),
  );
  assert.deepEqual(clashes, []);
});

test('legitimate uses of neighbouring terms are not reported', () => {
  const fine = [
    '직접 설정한 지출 한도에 도달하면 400이 옵니다.',
    '사용량 티어의 월 지출 상한은 429입니다.',
    '평가 티어(Evaluation tier)에서 시작합니다.',
    '`error.message`가 바뀔 수 있습니다.',
    '[429](../../errors/429/) 페이지를 보세요.',
    '600,000ms, 0.5초, 캐시 항목이 만료됐습니다.',
    '```python\n# 600000 ms, message가\n```',
  ];
  for (const text of fine) assert.deepEqual(violations({ file: 'sample', line: 1, text }, bans), [], text);
});

test('each kind of banned variant is reported with its line and the preferred term', () => {
  const text = [
    '첫 줄',
    '지출 한도 도달(enforced_spend_limit_reached): SDK가 두 번 재시도',
    'message 문구는 문서화돼 있지 않습니다. 사용 티어와 모델 등급, 600000 ms.',
    '[500](../../errors/500/) 항목을 보세요.',
  ].join('\n');
  const found = violations({ file: 'sample', line: 10, text }, bans).map((v) => `${v.line} ${v.found} → ${v.preferred}`);
  assert.deepEqual(found.sort(), [
    '11 지출 한도 도달(enforced_spend_limit_reached → 월 지출 상한',
    '12 0 ms → 600,000ms',
    '12 message → 메시지',
    '12 모델 등급 → 모델 클래스',
    '12 사용 티어 → 사용량 티어',
    '13 [500](../../errors/500/) 항목 → 페이지',
  ].sort());
});

test('ko: strings are read from data files with the line they start on', () => {
  const source = "export const x = {\n  en: 'a',\n  ko: '사용 티어는\\'여기\\'',\n  ko: `둘째\n줄`,\n};";
  assert.deepEqual(
    koStrings('x.ts', source).map((k) => [k.line, k.text]),
    [
      [3, "사용 티어는\\'여기\\'"],
      [4, '둘째\n줄'],
    ],
  );
});

test('no Korean page, UI string or ko: data string uses a banned variant of a glossary term', () => {
  const found = koreanTexts()
    .flatMap((piece) => violations(piece, bans))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const report = found.map((v) => `${v.file}:${v.line}: "${v.found}" → use "${v.preferred}" (content/glossary.md)`);
  assert.deepEqual(report, []);
});
