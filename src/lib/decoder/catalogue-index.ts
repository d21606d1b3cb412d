// The facts the paste decoder matches against, gathered at build time from the registry and the two
// small fact modules next to it. The index is plain JSON: the decoder page serialises it into a data
// attribute, so the browser gets the facts without the registry's schema code.
import type { ErrorEntry, Verdict } from '../../schemas/error-entry.ts';
import {
  bedrockStreamValueError,
  platformErrors,
  platformMarkers,
  type Platform,
  type PlatformError,
} from '../../../content/errors/platform-errors.ts';
import {
  knownCases,
  midStreamEntry,
  otherSdkClasses,
  otherServerErrorEntry,
  sdkRootClass,
  type KnownCase,
  type OtherSdkClass,
} from '../../../content/errors/sdk-error-facts.ts';

export type Sdk = 'python' | 'typescript';
export type { Platform, PlatformError, KnownCase };

/** The language-neutral facts of one entry that decide a match and its verdict. */
export interface IndexEntry {
  slug: string;
  status: number | null;
  type: string | null;
  verdict: Verdict;
  /** Whether the official SDKs retry it themselves before raising it. */
  sdkRetries: boolean;
  /** Whether the entry's pages exist; otherwise the decoder says the page is in preparation. */
  published: boolean;
}

/** One exception class of one SDK, tied to the entry it belongs to. */
export interface IndexClass {
  sdk: Sdk;
  name: string;
  parent: string;
  /** SDK versions in which the caller sees this class for the entry. */
  versions: string;
  /** The same versions as a range (src/lib/version-range.ts), to pick the record a printed form belongs to. */
  range: string;
  /** True when the newest release of the SDK raises it. */
  current: boolean;
  /** False for the language's own classes (Python's `ValueError`), which name no entry by themselves. */
  sdkDefined: boolean;
  slug: string;
}

/** An exception line from a registry example, as the SDK prints it, up to where the example elides the rest. */
export interface IndexExampleLine {
  sdk: Sdk;
  text: string;
  slug: string;
}

/** Everything the decoder knows, as plain data. */
export interface DecoderIndex {
  entries: IndexEntry[];
  /** Registry classes of every SDK version, then the classes no entry lists (`otherSdkClasses`). */
  classes: IndexClass[];
  /** Exception lines of the registry's examples, for errors that no status, type or class identifies. */
  exampleLines: IndexExampleLine[];
  platformErrors: PlatformError[];
  platformMarkers: Record<Platform, string[]>;
  knownCases: KnownCase[];
  /** Slug of the entry for an error inside a stream that answered 200. */
  midStreamEntry: string;
  /** Slug of the entry for a status of 500 or above that has no entry of its own. */
  otherServerErrorEntry: string;
  /** The text of the `ValueError` old Python SDKs raised for a Bedrock in-stream exception. */
  bedrockStreamValueError: string;
}

/** The fact modules the index is built from; tests pass their own. */
export interface DecoderFacts {
  platformErrors: readonly PlatformError[];
  platformMarkers: Readonly<Record<Platform, readonly string[]>>;
  otherSdkClasses: readonly OtherSdkClass[];
  knownCases: readonly KnownCase[];
  midStreamEntry: string;
  otherServerErrorEntry: string;
  bedrockStreamValueError: string;
  sdkRootClass: string;
}

export const defaultFacts: DecoderFacts = {
  platformErrors,
  platformMarkers,
  otherSdkClasses,
  knownCases,
  midStreamEntry,
  otherServerErrorEntry,
  bedrockStreamValueError,
  sdkRootClass,
};

/** An example line shorter than this, once its elided end is cut, is too generic to identify anything. */
const MIN_EXAMPLE_LINE = 20;

/**
 * Builds the decoder's index from the validated registry entries and the fact modules. Throws a
 * readable error when a fact points at an entry that does not exist, so a bad fact fails the build.
 */
export function buildDecoderIndex(entries: readonly ErrorEntry[], facts: DecoderFacts = defaultFacts): DecoderIndex {
  const slugs = new Set(entries.map((e) => e.slug));
  const need = (slug: string, where: string): string => {
    if (!slugs.has(slug)) throw new Error(`${where} points at unknown catalogue entry "${slug}". Known: ${[...slugs].join(', ')}`);
    return slug;
  };

  const registryClasses = entries.flatMap((e) =>
    (['python', 'typescript'] as const).flatMap((sdk) =>
      e.classes[sdk].map((c) => ({ sdk, name: c.name, parent: c.parent, versions: c.versions, range: c.range, current: c.current, slug: e.slug })),
    ),
  );
  const parents = new Map<string, Set<string>>();
  for (const c of [...registryClasses, ...facts.otherSdkClasses]) parents.set(c.name, (parents.get(c.name) ?? new Set()).add(c.parent));
  const sdkDefined = (name: string): boolean => descendsFrom(name, facts.sdkRootClass, parents);

  // A class that explains no entry (validation, middleware, abort) names nothing by itself.
  const otherClasses = facts.otherSdkClasses.flatMap((c) => (c.entry === null ? [] : [c])).map((c) => {
    const where = `otherSdkClasses ${c.sdk} ${c.name}`;
    const base = { sdk: c.sdk, name: c.name, parent: c.parent, versions: c.versions, range: c.range, current: true };
    if (c.entry) return { ...base, slug: need(c.entry, where) };
    // A class whose parent is a registry class of exactly one entry belongs to that entry.
    const owners = new Set(registryClasses.filter((r) => r.sdk === c.sdk && r.name === c.parent).map((r) => r.slug));
    const [owner] = owners;
    if (owners.size !== 1 || owner === undefined) {
      throw new Error(`${where}: parent ${c.parent} belongs to ${owners.size} entries; set \`entry\` to say which one explains it.`);
    }
    return { ...base, slug: owner };
  });

  return {
    entries: entries.map((e) => ({
      slug: e.slug,
      status: e.status,
      type: e.type,
      verdict: e.verdict,
      sdkRetries: e.sdkRetries,
      published: e.published,
    })),
    classes: [...registryClasses, ...otherClasses].map((c) => ({ ...c, sdkDefined: sdkDefined(c.name) })),
    exampleLines: entries.flatMap((e) =>
      e.examples.flatMap((ex) =>
        ex.kind !== 'exception'
          ? []
          : (['python', 'typescript'] as const)
              .map((sdk) => ({ sdk, text: ex[sdk].replace(/[\s…]+$/u, ''), slug: e.slug }))
              .filter((line) => line.text.length >= MIN_EXAMPLE_LINE),
      ),
    ),
    platformErrors: facts.platformErrors.map((p) => ({ ...p, entry: need(p.entry, `platform error ${p.platform} ${p.name}`) })),
    platformMarkers: { bedrock: [...facts.platformMarkers.bedrock], vertex: [...facts.platformMarkers.vertex] },
    knownCases: facts.knownCases.map((k) => ({ ...k, entry: need(k.entry, `known case ${k.id}`) })),
    midStreamEntry: need(facts.midStreamEntry, 'midStreamEntry'),
    otherServerErrorEntry: need(facts.otherServerErrorEntry, 'otherServerErrorEntry'),
    bedrockStreamValueError: facts.bedrockStreamValueError,
  };
}

/** Whether a class reaches `root` through its parents (any SDK's), guarding against cycles. */
function descendsFrom(name: string, root: string, parents: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.pop() ?? '';
    if (next === root) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(parents.get(next) ?? []));
  }
  return false;
}
