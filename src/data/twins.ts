// The Markdown twins of the error pages and guides (issue 17), composed at build time from the same
// content collection, registry facts and snippet files as the HTML pages (src/lib/markdown-twin.ts).
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ErrorEntry, Locale } from '../schemas/error-entry.ts';
import { useStrings } from '../i18n/index.ts';
import { entryBySlug, entryCode, publishedEntries } from '../lib/registry.ts';
import { errorPagePath, localePath } from '../lib/urls.ts';
import { verdictLabel } from '../lib/verdicts.ts';
import { describeRange } from '../lib/version-range.ts';
import { printedLines } from '../lib/sdk-behaviours.ts';
import { httpExampleText } from '../lib/example-text.ts';
import { absoluteLinks, fenced, guideMarkdown, mdxSections, twinDocument, type TwinSection } from '../lib/markdown-twin.ts';
import { snippetsFor } from './snippets.ts';
import { sdkVersions } from './versions.ts';
import { guideSlugs } from '../schemas/page.ts';
import { codeStrings, fill } from '../i18n/codes.ts';
import { codesIndexPath, codesOfStatus, sdkVersions as codeSdkVersions } from '../lib/error-codes.ts';
import { messagesOfPage } from '../lib/error-messages.ts';
import { optionalSectionsOf } from '../lib/optional-sections.ts';

/** The error codes of the entry's status that its page shows, as anchored Markdown (issue 15). */
function codesMarkdown(entry: ErrorEntry, lang: Locale, site: URL, base: string): string {
  const c = codeStrings(lang);
  const all = entry.status === null ? [] : codesOfStatus(entry.status);
  const onPage = all.filter((r) => r.page !== null);
  const versions = { oldest: codeSdkVersions.oldest, newest: codeSdkVersions.newest, after: '1.13.0' };
  const rows = onPage.map((r) => {
    const p = r.prose[lang];
    return [
      `<a id="${r.code}"></a>`,
      `### \`${r.code}\``,
      '',
      p.meaning,
      '',
      `- ${c('codes.do')}: ${p.action}`,
      `- ${c('codes.who')}: ${c(`codes.actor.${r.facts.actor}`)}`,
      `- ${c('codes.retried')}: ${c(r.retried ? 'codes.retried.short.yes' : 'codes.retried.short.no')}`,
      `- ${c('codes.ts')}: \`${r.tsClass}\` (${fill(c(`codes.ts.${r.tsSince}`), versions)})`,
      ...(r.facts.pythonClass ? [`- ${c('codes.python')}: ${fill(c('codes.python.named'), { cls: r.facts.pythonClass })}`] : []),
      ...(p.detail ? ['', p.detail] : []),
    ].join('\n');
  });
  const rest = all.length - onPage.length;
  const index = `${absolute(site, base, localePath('', lang, codesIndexPath).replace(/^\//, ''))}#status-${entry.status}`;
  const more = rest > 0 ? `\n\n${fill(c('codes.more'), { count: rest })} [${c('codes.moreLink')}](${index}).` : '';
  return `${fill(c('codes.intro'), { newest: codeSdkVersions.newest })}\n\n${rows.join('\n\n')}${more}`;
}

/** The exact messages documented on the entry's page, each under its anchor, verbatim. */
function messagesMarkdown(entry: ErrorEntry, lang: Locale): string {
  const c = codeStrings(lang);
  return [
    c('messages.intro'),
    ...messagesOfPage(entry.slug).map((m) => {
      const p = m.prose[lang];
      const quoted = m.messages.map((text) => fenced(text, 'text')).join('\n\n');
      const sources = m.sources.map((s) => `[${s.label}](${s.url})`).join(', ');
      return [`<a id="${m.id}"></a>`, `### ${p.title}`, '', quoted, '', p.cause, '', p.fix, '', p.scope, ...(sources ? ['', sources] : [])].join('\n');
    }),
  ].join('\n\n');
}

/** One twin: where it lives, what it says, and the HTML page it mirrors. */
export interface Twin {
  lang: Locale;
  kind: 'error' | 'guide';
  slug: string;
  title: string;
  description: string;
  /** Site path of the HTML page below the base, e.g. `en/errors/529/`. */
  htmlPath: string;
  /** Site path of the twin below the base, e.g. `en/errors/529.md`. */
  mdPath: string;
  markdown: string;
}

/** Where an HTML page's twin lives: the page path without its trailing slash, plus `.md`. */
export function twinPathFor(htmlPath: string): string {
  return `${htmlPath.replace(/\/$/, '')}.md`;
}

const absolute = (site: URL, base: string, path: string) => new URL(`${base.replace(/\/?$/, '/')}${path}`, site).href;

function classLine(entry: ErrorEntry, sdk: 'python' | 'typescript', lang: Locale): string {
  const t = useStrings(lang);
  return entry.classes[sdk]
    .map((c) => `\`${c.name}\` (${t('entry.parent')} \`${c.parent}\`), ${describeRange(c.range, lang)}${c.clients ? `, ${c.clients.join(', ')}` : ''}${c.note ? ` — ${c.note[lang]}` : ''}`)
    .join('; ');
}

function exampleMarkdown(entry: ErrorEntry, lang: Locale): string {
  const t = useStrings(lang);
  return entry.examples
    .map((ex) => {
      const parts = [ex.caption ? ex.caption[lang] : ''];
      if (ex.kind === 'http') {
        parts.push(fenced(httpExampleText(ex), 'http'));
        const lines = printedLines(entry, { status: ex.status, headers: ex.headers, body: ex.body });
        parts.push(`${t('example.printed')}:\n\n${lines.map((l) => `- ${l.sdk === 'python' ? 'Python' : 'TypeScript'} ${describeRange(l.range, lang)}: ${l.text === null ? t('example.notPublished') : `\`${l.text.replace(/\n[\s\S]*/, ' …')}\``}`).join('\n')}`);
      } else if (ex.kind === 'sse') {
        parts.push(fenced(ex.text, 'text'));
      } else {
        parts.push(fenced(ex.python, 'text', 'Python'), fenced(ex.typescript, 'text', 'TypeScript'));
        for (const o of ex.older) parts.push(fenced(o.text, 'text', `${o.sdk === 'python' ? 'Python' : 'TypeScript'} ${describeRange(o.range, lang)}`));
      }
      return parts.filter(Boolean).join('\n\n');
    })
    .join('\n\n');
}

/** The twin of one error page. */
export function errorTwin(page: CollectionEntry<'errorPages'>, entry: ErrorEntry, lang: Locale, site: URL, base: string): Twin {
  const t = useStrings(lang);
  const htmlPath = localePath('', lang, errorPagePath(entry.slug)).replace(/^\//, '');
  const pageUrl = absolute(site, base, htmlPath);
  const snippets = snippetsFor(entry.slug);
  const prose = new Map(mdxSections(page.body ?? '').map((s) => [s.id, absoluteLinks(s.markdown, pageUrl)]));
  const sections: TwinSection[] = [{ id: 'example', heading: t('section.example'), markdown: exampleMarkdown(entry, lang) }];
  for (const id of ['meaning', 'causes', 'fix', 'retry', 'cost', 'platforms', 'faq'] as const) {
    if (id === 'retry') {
      const files = [snippets.python, snippets.typescript].flatMap((f, i) => (f ? [fenced(f.code, i === 0 ? 'python' : 'typescript', f.path)] : []));
      const tested = `${t('code.testedWith')} \`${sdkVersions.python.name} ${sdkVersions.python.tested.join(', ')}\`, \`${sdkVersions.typescript.name} ${sdkVersions.typescript.tested.join(', ')}\``;
      sections.push({ id: 'code', heading: t('section.code'), markdown: `${files.join('\n\n')}\n\n${tested}` });
    }
    sections.push({ id, heading: t(`section.${id}`), markdown: prose.get(id) ?? '' });
  }
  const optional = optionalSectionsOf(entry);
  const c = codeStrings(lang);
  if (optional.has('error-codes')) sections.push({ id: 'error-codes', heading: c('codes.heading'), markdown: codesMarkdown(entry, lang, site, base) });
  if (optional.has('messages')) sections.push({ id: 'messages', heading: c('messages.heading'), markdown: messagesMarkdown(entry, lang) });
  const related = entry.related.map(entryBySlug).map((r) => `- [\`${entryCode(r)}\`](${absolute(site, base, localePath('', lang, errorPagePath(r.slug)).replace(/^\//, ''))}): ${r.summary[lang]}`);
  sections.push({ id: 'related', heading: t('section.related'), markdown: related.join('\n') });
  sections.push({ id: 'sources', heading: t('section.sources'), markdown: entry.sources.map((s) => `- [${s.title}](${s.url}) (${t('sources.checked')} ${s.checked})`).join('\n') });
  const facts = [
    `- ${t('entry.status')}: ${entry.status === null ? t('entry.noStatus') : `\`${entry.status}\``}`,
    `- ${t('entry.type')}: ${entry.type === null ? t('entry.noType') : `\`${entry.type}\``}`,
    `- ${t('entry.verdict')}: ${verdictLabel(entry.verdict, lang)}`,
    `- ${t('entry.sdkRetries')}: ${entry.sdkRetries ? t('entry.sdkRetriesYes') : t('entry.sdkRetriesNo')}`,
    `- ${t('entry.classes')}, Python: ${classLine(entry, 'python', lang)}`,
    `- ${t('entry.classes')}, TypeScript: ${classLine(entry, 'typescript', lang)}`,
  ];
  const markdown = twinDocument(
    {
      title: page.data.title,
      description: page.data.description,
      language: lang,
      canonical: pageUrl,
      status: entry.status,
      type: entry.type,
      verdict: entry.verdict,
      verdict_label: verdictLabel(entry.verdict, lang),
      sdk_retries: entry.sdkRetries,
      last_checked: entry.lastChecked,
    },
    page.data.title,
    `${entry.summary[lang]}\n\n${facts.join('\n')}`,
    sections,
  );
  return { lang, kind: 'error', slug: entry.slug, title: page.data.title, description: page.data.description, htmlPath, mdPath: twinPathFor(htmlPath), markdown };
}

/** The twin of one guide. */
export function guideTwin(page: CollectionEntry<'guidePages'>, slug: string, lang: Locale, site: URL, base: string): Twin {
  const t = useStrings(lang);
  const htmlPath = `${lang}/guides/${slug}/`;
  const pageUrl = absolute(site, base, htmlPath);
  const { markdown: body } = guideMarkdown(page.body ?? '', t('twin.visualiser').replace('{url}', pageUrl));
  const markdown = `${twinDocument(
    { title: page.data.title, description: page.data.description, language: lang, canonical: pageUrl },
    page.data.title,
    page.data.description,
    [],
  )}${absoluteLinks(body, pageUrl)}\n`;
  return { lang, kind: 'guide', slug, title: page.data.title, description: page.data.description, htmlPath, mdPath: twinPathFor(htmlPath), markdown };
}

/** Every twin of the site, error pages first (catalogue order), then guides, per language. */
export async function allTwins(site: URL, base: string): Promise<Twin[]> {
  const errorPages = await getCollection('errorPages');
  const guidePages = await getCollection('guidePages');
  const twins: Twin[] = [];
  for (const lang of ['en', 'ko'] as const) {
    for (const entry of publishedEntries) {
      const page = errorPages.find((p) => p.id === `${entry.slug}/${lang}`);
      if (page) twins.push(errorTwin(page, entry, lang, site, base));
    }
    for (const slug of guideSlugs) {
      const page = guidePages.find((p) => p.id === `${slug}/${lang}`);
      if (page) twins.push(guideTwin(page, slug, lang, site, base));
    }
  }
  return twins;
}

/** The static paths of the routes beside each published error page (its twin, its runbook step). */
export async function publishedErrorPagePaths() {
  const pages = await getCollection('errorPages');
  return pages.flatMap((page) => {
    const [slug, lang] = page.id.split('/');
    if (!slug || (lang !== 'en' && lang !== 'ko')) return [];
    const entry = entryBySlug(slug);
    return entry.published ? [{ params: { lang, slug }, props: { page, entry } }] : [];
  });
}
