import assert from "node:assert/strict";
import { GpuCostError } from "../src/errors/error.js";

/** Asserts that `fn` throws a GpuCostError whose message is exactly `message`. */
export function throwsText(fn: () => unknown, message: string): void {
  assert.throws(fn, (e: unknown) => e instanceof GpuCostError && e.message === message);
}
