import { assumptions } from "../src/assumptions/assumptions.js";

/** The message the library throws for `overrides`, so that tests compare against it rather than retype it. */
export function libraryMessage(overrides: Record<string, unknown>): string {
  try {
    assumptions(overrides);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`assumptions(${JSON.stringify(overrides)}) did not throw`);
}
