// Steps and waits that many entries' scenarios share.
import type { ExpectedWait, FaultStep } from '../../src/schemas/scenario.ts';

/** A successful Messages API response (or a complete stream when the request streams). */
export const message: FaultStep = { kind: 'message' };

/** The SDKs' own wait before their 1st retry without retry-after: min(0.5 × 2^0, 8) × [0.75, 1] s (reference §5.3, §6.1). */
export const sdk1: ExpectedWait = { by: 'sdk', seconds: [0.375, 0.5] };
/** The SDKs' own wait before their 2nd retry without retry-after: min(0.5 × 2^1, 8) × [0.75, 1] s. */
export const sdk2: ExpectedWait = { by: 'sdk', seconds: [0.75, 1.0] };
