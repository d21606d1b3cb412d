// The decoder's index compiled once into lookup tables and patterns (cached per index object).
import type { DecoderIndex, IndexClass, IndexEntry, Platform, PlatformError } from './catalogue-index.ts';
import { PHRASES } from './print-shapes.ts';
import { wordsPattern } from './scan.ts';

export interface Compiled {
  entryBySlug: Map<string, IndexEntry>;
  entryByStatus: Map<number, IndexEntry>;
  entryByType: Map<string, IndexEntry>;
  classesByName: Map<string, IndexClass[]>;
  /** Classes the SDKs define; the language's own (`ValueError`) are matched but name no entry by themselves. */
  sdkClassNames: Set<string>;
  classPattern: RegExp;
  typePattern: RegExp;
  platformPattern: RegExp;
  platformByName: Map<string, { error: PlatformError; inStream: boolean }>;
  platformErrors: readonly PlatformError[];
  markerPatterns: Record<Platform, RegExp>;
  platformMessages: Array<{ message: string; error: PlatformError }>;
  midStreamClasses: Set<string>;
}

const compiledIndexes = new WeakMap<DecoderIndex, Compiled>();

/** Lower-cases the first letter: how Bedrock names an exception inside an event stream. */
const streamName = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function compile(index: DecoderIndex): Compiled {
  const cached = compiledIndexes.get(index);
  if (cached) return cached;
  const classesByName = new Map<string, IndexClass[]>();
  for (const c of index.classes) classesByName.set(c.name, [...(classesByName.get(c.name) ?? []), c]);
  const platformByName = new Map<string, { error: PlatformError; inStream: boolean }>();
  for (const p of index.platformErrors) {
    platformByName.set(p.name, { error: p, inStream: false });
    if (p.inStream) platformByName.set(streamName(p.name), { error: p, inStream: true });
  }
  const types = index.entries.flatMap((e) => (e.type === null ? [] : [e.type]));
  const slugs = new Set(index.entries.map((e) => e.slug));
  for (const phrase of PHRASES) {
    if (!slugs.has(phrase.slug)) throw new Error(`print-shapes.ts: a phrase points at unknown catalogue entry "${phrase.slug}"`);
  }
  const compiled: Compiled = {
    entryBySlug: new Map(index.entries.map((e) => [e.slug, e])),
    entryByStatus: new Map(index.entries.flatMap((e) => (e.status === null ? [] : [[e.status, e] as const]))),
    entryByType: new Map(index.entries.flatMap((e) => (e.type === null ? [] : [[e.type, e] as const]))),
    classesByName,
    sdkClassNames: new Set(index.classes.filter((k) => k.sdkDefined).map((k) => k.name)),
    classPattern: wordsPattern([...classesByName.keys()]),
    typePattern: wordsPattern(types),
    platformPattern: wordsPattern([...platformByName.keys()]),
    platformByName,
    platformErrors: index.platformErrors,
    markerPatterns: {
      bedrock: wordsPattern(index.platformMarkers.bedrock, 'gi'),
      vertex: wordsPattern(index.platformMarkers.vertex, 'gi'),
    },
    platformMessages: index.platformErrors.flatMap((error) => (error.messages ?? []).map((message) => ({ message, error }))),
    midStreamClasses: new Set(index.classes.filter((k) => k.slug === index.midStreamEntry && k.sdkDefined).map((k) => k.name)),
  };
  compiledIndexes.set(index, compiled);
  return compiled;
}
