// The SDK versions the snippets are tested with, read from the files the installers use,
// so the footer can never disagree with what the tests ran.
import pkg from '../../package.json';
import requirements from '../../tests/snippets/requirements.txt?raw';
import { npmPin, npmTestedVersions, pythonPin } from '../lib/sdk-versions.ts';
import { entries } from '../lib/registry.ts';

export const sdkVersions = {
  python: { name: 'anthropic', version: pythonPin(requirements, 'anthropic'), tested: [pythonPin(requirements, 'anthropic')] },
  typescript: {
    name: '@anthropic-ai/sdk',
    version: npmPin(pkg, '@anthropic-ai/sdk'),
    /** The pin and its npm aliases: every version the TypeScript scenarios run on. */
    tested: npmTestedVersions(pkg, '@anthropic-ai/sdk'),
  },
} as const;

/** The newest date any entry's facts were checked. */
export const lastChecked = entries.map((e) => e.lastChecked).sort().at(-1) ?? '';
