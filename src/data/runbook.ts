// The "Copy as runbook step" block of an error page (src/lib/runbook-step.ts), from the page's own
// #fix section, the registry and the tested SDK versions.
import type { ErrorEntry, Locale } from '../schemas/error-entry.ts';
import { useStrings } from '../i18n/index.ts';
import { entryCode } from '../lib/registry.ts';
import { verdictLabel } from '../lib/verdicts.ts';
import { firstActions, runbookStep } from '../lib/runbook-step.ts';
import { mdxSections } from '../lib/markdown-twin.ts';
import { shortLinks } from '../lib/short-links.ts';
import { errorPagePath, localePath, withBase } from '../lib/urls.ts';
import { sdkVersions } from './versions.ts';

export function runbookFor(entry: ErrorEntry, body: string, lang: Locale, site: URL | undefined): string {
  const t = useStrings(lang);
  const base = import.meta.env.BASE_URL;
  const fix = mdxSections(body).find((s) => s.id === 'fix')?.markdown ?? '';
  // The shortest link a runbook can carry: the short link of the status (or type, or slug) in this language.
  const short = shortLinks([entry]).find((l) => l.lang === lang)?.path;
  const path = short ? withBase(base, short) : localePath(base, lang, errorPagePath(entry.slug));
  const url = site ? new URL(path, site).href : path;
  return runbookStep({
    code: entryCode(entry),
    title: entry.summary[lang],
    verdict: verdictLabel(entry.verdict, lang),
    sdkRetries: entry.sdkRetries,
    actions: firstActions(fix),
    url,
    checkedWith: `${sdkVersions.python.name} ${sdkVersions.python.tested.join(', ')} (Python), ${sdkVersions.typescript.name} ${sdkVersions.typescript.tested.join(', ')} (TypeScript)`,
    lastChecked: entry.lastChecked,
    labels: {
      verdict: t('runbook.verdict'),
      sdkRetried: t('runbook.sdkRetried'),
      actions: t('runbook.step'),
      reference: t('runbook.reference'),
      checked: t('runbook.checked'),
    },
  });
}
