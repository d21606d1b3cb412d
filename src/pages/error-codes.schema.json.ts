import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { errorCodesJsonSchema } from '../schemas/error-codes-json.ts';

// The published JSON schema is generated from the zod schema that the tests validate error-codes.json with.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(errorCodesJsonSchema, { io: 'output' }), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
