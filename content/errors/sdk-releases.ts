// The newest release of each official SDK that this site's facts were checked against, and how
// each one is known. `npm run sdk:check` asks the registries for anything newer and prints what to
// re-verify. The versions the tests run are not here: they come from package.json and
// tests/snippets/requirements.txt (src/data/versions.ts), so the two cannot disagree.
// Facts: ../shared/reference/sdk-versions-2026-12.md §0.

/** One SDK package and its newest release as of the last check. */
export interface SdkRelease {
  /** The package name as installed. */
  package: string;
  /** The newest release when the facts were last checked. */
  newest: string;
  /** Its release date. */
  released: string;
  /** Where the newest release was read. */
  source: { title: string; url: string };
  /** ISO date of the last check. */
  checked: string;
}

export const sdkReleases = {
  python: {
    package: 'anthropic',
    newest: '2.17.0',
    released: '2026-12-03',
    source: { title: 'anthropic-sdk-python release v2.17.0', url: 'https://github.com/anthropics/anthropic-sdk-python/releases/tag/v2.17.0' },
    checked: '2026-12-05',
  },
  typescript: {
    package: '@anthropic-ai/sdk',
    newest: '1.17.0',
    released: '2026-12-03',
    source: { title: '@anthropic-ai/sdk on npm', url: 'https://www.npmjs.com/package/@anthropic-ai/sdk' },
    checked: '2026-12-05',
  },
  bedrock: {
    package: '@anthropic-ai/bedrock-sdk',
    newest: '1.2.1',
    released: '2026-12-03',
    source: { title: '@anthropic-ai/bedrock-sdk on npm', url: 'https://www.npmjs.com/package/@anthropic-ai/bedrock-sdk' },
    checked: '2026-12-05',
  },
  vertex: {
    package: '@anthropic-ai/vertex-sdk',
    newest: '1.1.5',
    released: '2026-12-03',
    source: { title: '@anthropic-ai/vertex-sdk on npm', url: 'https://www.npmjs.com/package/@anthropic-ai/vertex-sdk' },
    checked: '2026-12-05',
  },
} as const satisfies Record<string, SdkRelease>;
