// The pages whose snippets are executed, with their scenarios (validated against the schema).
import { fileURLToPath } from 'node:url';
import { expectationFor, snippetScenarioSchema, type SnippetScenario } from '../../src/schemas/scenario.ts';
import { scenarios as scenarios400 } from '../../content/errors/400/scenarios.ts';
import { scenarios as scenarios401 } from '../../content/errors/401/scenarios.ts';
import { scenarios as scenarios402 } from '../../content/errors/402/scenarios.ts';
import { scenarios as scenarios403 } from '../../content/errors/403/scenarios.ts';
import { scenarios as scenarios404 } from '../../content/errors/404/scenarios.ts';
import { scenarios as scenarios409 } from '../../content/errors/409/scenarios.ts';
import { scenarios as scenarios413 } from '../../content/errors/413/scenarios.ts';
import { scenarios as scenarios429 } from '../../content/errors/429/scenarios.ts';
import { scenarios as scenarios500 } from '../../content/errors/500/scenarios.ts';
import { scenarios as scenarios529 } from '../../content/errors/529/scenarios.ts';
import { scenarios as scenarios504 } from '../../content/errors/504/scenarios.ts';
import { scenarios as scenariosConnectionError } from '../../content/errors/connection-error/scenarios.ts';
import { scenarios as scenariosStreamError } from '../../content/errors/stream-error/scenarios.ts';

export const SLUGS = ['400', '401', '402', '403', '404', '409', '413', '429', '500', '529', '504', 'connection-error', 'stream-error'] as const;
export type Slug = (typeof SLUGS)[number];

function validated(slug: Slug, list: SnippetScenario[]): SnippetScenario[] {
  const parsed = list.map((s) => snippetScenarioSchema.parse(s));
  const ids = new Set<string>();
  for (const s of parsed) {
    if (ids.has(s.id)) throw new Error(`content/errors/${slug}/scenarios.ts: duplicate id ${s.id}`);
    ids.add(s.id);
  }
  return parsed;
}

export const scenariosBySlug: Record<Slug, SnippetScenario[]> = {
  '400': validated('400', scenarios400),
  '401': validated('401', scenarios401),
  '402': validated('402', scenarios402),
  '403': validated('403', scenarios403),
  '404': validated('404', scenarios404),
  '409': validated('409', scenarios409),
  '413': validated('413', scenarios413),
  '429': validated('429', scenarios429),
  '500': validated('500', scenarios500),
  '529': validated('529', scenarios529),
  '504': validated('504', scenarios504),
  'connection-error': validated('connection-error', scenariosConnectionError),
  'stream-error': validated('stream-error', scenariosStreamError),
};

/**
 * Every page's scenarios with the expectations for one language and SDK version resolved
 * (`expect` replaced by expectationFor(); `{ error }` instead where no expectation covers it).
 */
export function resolvedScenarios(language: 'python' | 'typescript', version: string) {
  return Object.fromEntries(
    SLUGS.map((slug) => [
      slug,
      scenariosBySlug[slug].map((s) => {
        try {
          return { ...s, expect: expectationFor(s, language, version) };
        } catch (e) {
          return { ...s, expect: { error: e instanceof Error ? e.message : String(e) } };
        }
      }),
    ]),
  );
}

// Run as a program: `node tests/snippets/pages.ts python 1.13.0` prints every page's scenarios,
// resolved for that language and SDK version, as JSON (the pytest runner reads this).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [language, version] = process.argv.slice(2);
  if ((language !== 'python' && language !== 'typescript') || !version) {
    throw new Error('usage: node tests/snippets/pages.ts python|typescript VERSION');
  }
  process.stdout.write(JSON.stringify(resolvedScenarios(language, version)) + '\n');
}
