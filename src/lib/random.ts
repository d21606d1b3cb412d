/** A source of uniform numbers in [0, 1), the shape of `Math.random`. */
export type RandomSource = () => number;

/**
 * A deterministic generator (mulberry32) for a 32-bit seed: the same seed gives the same
 * sequence in every browser and in Node, so a shared link reproduces the same sampled waits.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for an independent stream derived from one user seed, so each simulated strategy
 * gets its own numbers and changing one strategy's draws never shifts another's.
 */
export function streamSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
