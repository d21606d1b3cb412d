import { registry } from '../../content/errors/registry.ts';
import { registrySchema, type ErrorEntry } from '../schemas/error-entry.ts';

/** Every catalogue entry, validated once; a bad registry fails the build with the schema's message. */
export const entries: readonly ErrorEntry[] = registrySchema.parse(registry);

/** Entries whose pages exist in both languages. */
export const publishedEntries = entries.filter((e) => e.published);

/** Looks an entry up by slug and throws a readable error for an unknown one. */
export function entryBySlug(slug: string): ErrorEntry {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`Unknown catalogue entry "${slug}". Known: ${entries.map((e) => e.slug).join(', ')}`);
  return entry;
}

/** The code readers search for: `529 overloaded_error`, or the slug when there is no status. */
export function entryCode(entry: ErrorEntry): string {
  return [entry.status ?? entry.slug, entry.type].filter((p) => p !== null).join(' ');
}

/** Classes the pinned SDK version raises, per SDK. */
export function currentClasses(entry: ErrorEntry): { python: string[]; typescript: string[] } {
  return {
    python: entry.classes.python.filter((c) => c.current).map((c) => c.name),
    typescript: entry.classes.typescript.filter((c) => c.current).map((c) => c.name),
  };
}
