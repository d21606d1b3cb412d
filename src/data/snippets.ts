// Build-time access to the snippet files and their scenario declarations next to each entry.
// Vite's import.meta.glob keeps the file list in one place; the files are imported raw, so
// the page shows exactly the bytes the tests execute.
import type { SnippetScenario } from '../schemas/scenario.ts';

const python = import.meta.glob<string>('/content/errors/*/snippet.py', { query: '?raw', import: 'default', eager: true });
const typescript = import.meta.glob<string>('/content/errors/*/snippet.ts', { query: '?raw', import: 'default', eager: true });
const scenarioModules = import.meta.glob<SnippetScenario[]>('/content/errors/*/scenarios.ts', {
  import: 'scenarios',
  eager: true,
});

export interface EntrySnippets {
  python: { path: string; code: string } | undefined;
  typescript: { path: string; code: string } | undefined;
  scenarios: SnippetScenario[];
}

/** The snippet files and scenarios of one entry. */
export function snippetsFor(slug: string): EntrySnippets {
  const py = `/content/errors/${slug}/snippet.py`;
  const ts = `/content/errors/${slug}/snippet.ts`;
  return {
    python: python[py] === undefined ? undefined : { path: py.slice(1), code: python[py] },
    typescript: typescript[ts] === undefined ? undefined : { path: ts.slice(1), code: typescript[ts] },
    scenarios: scenarioModules[`/content/errors/${slug}/scenarios.ts`] ?? [],
  };
}
