import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorPageSchema, guidePageSchema } from './schemas/page.ts';

/** Per-language prose of each catalogue entry: content/errors/<slug>/{en,ko}.mdx, id `<slug>/<lang>`. */
const errorPages = defineCollection({
  loader: glob({
    pattern: '*/{en,ko}.mdx',
    base: './content/errors',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: errorPageSchema,
});

/** Per-language guides: content/guides/<slug>/{en,ko}.mdx, id `<slug>/<lang>`. */
const guidePages = defineCollection({
  loader: glob({
    pattern: '*/{en,ko}.mdx',
    base: './content/guides',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: guidePageSchema,
});

export const collections = { errorPages, guidePages };
