import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { fail } from "./messages.js";

/**
 * What the samplers draw from: a generator whose `next()` gives uniformly random 32-bit
 * integers (pure-rand's `RandomGenerator` contract). A sampler turns each into a uniform draw
 * in [0, 1) as `(next() >>> 0) × 2^-32`, inline. Handing the samplers a `() => number`
 * closure instead (as d3-random's `.source()` does) made case 1 of test/bench/monte-carlo.bench.ts
 * 1.24–1.58× the hand-written loop, against 1.04–1.20× this way: V8 did not inline the
 * closure into the sampler loops, which every input shares.
 */
export interface BitSource {
  next(): number;
}

/** 2^-32: turns a 32-bit generator output into a uniform draw in [0, 1) with 32-bit resolution. */
export const UNIT_32 = 2 ** -32;

/** The largest seed accepted: 2^53 − 1, so that every seed is an exact integer. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/**
 * A seeded generator for one input of a simulation, identified by `(seed, key)`: the same pair
 * gives the same draws on every run and machine (the generator is integer arithmetic), and
 * different keys give independent streams from one master seed.
 *
 * The generator is xoroshiro128+ from pure-rand (period 2^128 − 1), with its 128-bit state
 * derived from `(seed, key)` by {@link streamState}. Draws built from it are multiples of
 * 2^-32 (as d3-random's `randomLcg` gives).
 *
 * (randomStream(42, "price").next() >>> 0) * UNIT_32 → the first uniform draw of input "price" under seed 42
 */
export function randomStream(seed: number, key: string): BitSource {
  return xoroshiro128plusFromState(streamState(seed, key));
}

/**
 * The four 32-bit words of xoroshiro128+ state for `(seed, key)`, checked at the door.
 *
 * Why not `xoroshiro128plus(seed)` as pure-rand seeds it: that state is `(-1, ~seed, seed, 0)`,
 * so seeds 42 and 43 give first outputs that differ by 1, and a string key has no place.
 * Here each word hashes the text `"42:price"` with its own salt (FNV-1a, then the murmur3
 * finaliser to spread the bits), so neighbouring seeds and keys land at unrelated points of
 * the 2^128 cycle: two streams of a million draws overlap with odds near 2·2^20 / 2^128 = 2^-107
 * (against ≈ 2·2^20 / 2^32 ≈ 1/2000 for a 32-bit generator such as an LCG).
 */
export function streamState(seed: number, key: string): [number, number, number, number] {
  checkSeed(seed);
  if (typeof key !== "string") fail("notString", { name: "key", value: key });
  const text = `${seed}:${key}`;
  const state: [number, number, number, number] = [
    hash32(text, SALTS[0]),
    hash32(text, SALTS[1]),
    hash32(text, SALTS[2]),
    hash32(text, SALTS[3]),
  ];
  // xoroshiro's one forbidden state is all zeros; give it a fixed non-zero word instead.
  if (state.every((w) => w === 0)) state[0] = 1;
  return state;
}

/** A seed is a whole number from 0 to 2^53 − 1; anything else is the catalogued error. */
export function checkSeed(seed: unknown): asserts seed is number {
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    fail("notInRange", { name: "seed", value: seed, min: 0, max: MAX_SEED, whole: true });
  }
}

/** Four odd salts (digits of the golden ratio and π): one independent hash per state word. */
const SALTS = [0x9e3779b9, 0x7f4a7c15, 0x243f6a89, 0x85a308d3] as const;

/** 32-bit FNV-1a of `text`'s UTF-16 code units, started from `salt`, then murmur3's fmix32. */
function hash32(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
