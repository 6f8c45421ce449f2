import { type BitSource } from "../../src/uncertainty/stream.js";

/**
 * A stand-in generator for the samplers' tests: its draws are the uniforms `us` in turn,
 * cycling. Each must be a multiple of 2^-32 in [0, 1) (0.25, 0.0625, …) so that
 * `(next() >>> 0) × 2^-32` gives it back exactly.
 */
export function unitSource(us: number[]): BitSource {
  let i = 0;
  return { next: () => (us[i++ % us.length]! * 2 ** 32) | 0 };
}
