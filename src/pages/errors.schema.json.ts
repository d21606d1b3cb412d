import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { catalogueJsonSchema } from '../schemas/catalogue-json.ts';

// The published JSON schema is generated from the zod schema that the tests validate errors.json with.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(catalogueJsonSchema, { io: 'output' }), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
