// Loads the TypeScript SDK under test, for snippets.test.ts and visualiser-cross-check.test.ts.
// Import this module before anything that imports the SDK.
// - ANTHROPIC_TS_SDK=<name of an alias of @anthropic-ai/sdk in package.json> (see sdk-versions.ts)
//   makes every import of `@anthropic-ai/sdk` and its subpaths, in the tests and in the snippet
//   files, load that alias instead: the same snippet file runs against another SDK version.
// - The SDK's `internal/utils/sleep.mjs` is replaced by wait-log.ts, so the SDK computes its
//   delays as usual and only the timer is recorded (see the comment in snippets.test.ts).
import { registerHooks } from 'node:module';
import { TS_SDK } from './sdk-versions.ts';

/** The package name the SDK is loaded from. */
export const SDK_SPECIFIER = process.env.ANTHROPIC_TS_SDK?.trim() || TS_SDK;

const WAIT_LOG_URL = new URL('./wait-log.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    const swapped =
      SDK_SPECIFIER !== TS_SDK && (specifier === TS_SDK || specifier.startsWith(`${TS_SDK}/`))
        ? SDK_SPECIFIER + specifier.slice(TS_SDK.length)
        : specifier;
    const resolved = nextResolve(swapped, context);
    if (/\/@anthropic-ai\/sdk[^/]*\/internal\/utils\/sleep\.mjs$/.test(resolved.url)) {
      return { url: WAIT_LOG_URL, shortCircuit: true };
    }
    return resolved;
  },
});

/** The version of the SDK that was loaded (read through the hook, so it is the one the tests use). */
export const SDK_VERSION: string = (await import('@anthropic-ai/sdk/version')).VERSION;
/** How test names show the SDK, e.g. `@anthropic-ai/sdk 1.12.0`. */
export const SDK_LABEL = `${TS_SDK} ${SDK_VERSION}`;
