// Reads the `error.details.error_code` catalogue out of the installed TypeScript SDK packages at build
// time, so the site lists exactly the codes the SDK knows and a new SDK release shows up as a failing
// test (tests/unit/error-codes.test.ts) instead of a silent gap. Nothing here is copied by hand.
//
// `@anthropic-ai/sdk` 1.5.0 and later keep the map in `core/error-classes.js` as `ERROR_CODE_CLASSES`,
// keyed `"<status> <error_code>"`. The subpath is reachable through the package's `./core/*` export.
// The class JSDoc (the SDK's own one-line description of each code) sits in the resource `.d.ts` file
// that declares the class; the map's `require(...)` lines say which file that is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One `error.details.error_code` as one installed SDK package knows it. */
export interface SdkErrorCode {
  /** HTTP status the code comes with. */
  status: number;
  /** The `error.details.error_code` value, e.g. `enforced_spend_limit_reached`. */
  code: string;
  /** TypeScript class the SDK throws for `${status} ${code}`. */
  tsClass: string;
  /** Direct parent of `tsClass`, the status class (e.g. `RateLimitError`). */
  tsParent: string;
  /** The SDK's JSDoc description of the class, verbatim (English), or '' when it has none. */
  sdkDescription: string;
  /** SDK source module that declares the class, e.g. `resources/messages/messages`: tells which API it belongs to. */
  module: string;
}

/** The codes of one installed package, with its version. */
export interface SdkErrorCodeMap {
  /** npm package name as installed (an alias such as `@anthropic-ai/sdk-1-12` is kept as is). */
  packageName: string;
  /** `version` of the installed package.json. */
  version: string;
  codes: SdkErrorCode[];
}

// Resolved from the project root: under `astro build` this module runs from a bundle in dist/, so
// `import.meta.url` would not lead to node_modules.
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

/**
 * Reads `ERROR_CODE_CLASSES` of an installed `@anthropic-ai/sdk` (or an npm alias of it) and the JSDoc
 * of every class. Throws, naming the package, when the map is missing (an SDK older than 1.5.0).
 */
export function readSdkErrorCodeMap(packageName: string): SdkErrorCodeMap {
  const entry = requireFromProject.resolve(`${packageName}/core/error-classes`);
  const root = dirname(dirname(entry));
  const { ERROR_CODE_CLASSES } = requireFromProject(entry) as { ERROR_CODE_CLASSES?: Map<string, abstract new (...a: never[]) => unknown> };
  if (!(ERROR_CODE_CLASSES instanceof Map)) {
    throw new Error(`${packageName}: core/error-classes has no ERROR_CODE_CLASSES map (SDK older than 1.5.0?).`);
  }
  // package.json is not in the package's exports, so it is read as a file.
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const moduleOfKey = keyModules(readFileSync(entry, 'utf8'));
  const declarations = new Map<string, string>();
  const codes = [...ERROR_CODE_CLASSES].map(([key, cls]): SdkErrorCode => {
    const match = /^(\d{3}) ([a-z0-9_]+)$/.exec(key);
    if (!match) throw new Error(`${packageName}: unexpected ERROR_CODE_CLASSES key "${key}".`);
    const module = moduleOfKey.get(key) ?? '';
    if (module && !declarations.has(module)) declarations.set(module, readFileSync(join(root, `${module}.d.ts`), 'utf8'));
    return {
      status: Number(match[1]),
      code: match[2] ?? '',
      tsClass: cls.name,
      tsParent: (Object.getPrototypeOf(cls) as { name: string }).name,
      sdkDescription: jsDocOf(declarations.get(module) ?? '', cls.name),
      module,
    };
  });
  return { packageName, version, codes };
}

/** Maps each key of the compiled map to the module that exports its class, from the `require` lines. */
export function keyModules(compiledMap: string): Map<string, string> {
  const modules = new Map([...compiledMap.matchAll(/const (\w+) = require\("\.\.\/(.+?)\.js"\)/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  return new Map([...compiledMap.matchAll(/\['(\d{3} [a-z0-9_]+)', (\w+)\.\w+\]/g)].map((m) => [m[1] ?? '', modules.get(m[2] ?? '') ?? '']));
}

/** The JSDoc text right above `export declare class <name>` in a `.d.ts` file, as one line. */
export function jsDocOf(declarations: string, className: string): string {
  const re = new RegExp(String.raw`/\*\*((?:(?!\*/)[\s\S])*?)\*/\s*export declare class ${className}\b`);
  const body = re.exec(declarations)?.[1];
  if (!body) return '';
  return body
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}
