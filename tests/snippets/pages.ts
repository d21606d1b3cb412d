// The pages whose snippets are executed, with their scenarios (validated against the schema).
import { fileURLToPath } from 'node:url';
import { snippetScenarioSchema, type SnippetScenario } from '../../src/schemas/scenario.ts';
import { scenarios as scenarios429 } from '../../content/errors/429/scenarios.ts';
import { scenarios as scenarios500 } from '../../content/errors/500/scenarios.ts';
import { scenarios as scenarios529 } from '../../content/errors/529/scenarios.ts';

export const SLUGS = ['429', '500', '529'] as const;
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
  '429': validated('429', scenarios429),
  '500': validated('500', scenarios500),
  '529': validated('529', scenarios529),
};

// Run as a program: print every page's scenarios as JSON (the pytest runner reads this).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(scenariosBySlug) + '\n');
}
