/**
 * The messages of the report (src/report/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { show } from "../errors/show.js";

export const messages = {
  /** `invalid notebooks folder: "notebooks" (expected a folder with at least one .ipynb file)` */
  noNotebooks: (d: { dir: string }) =>
    `invalid notebooks folder: ${show(d.dir)} (expected a folder with at least one .ipynb file)`,
} as const;

/** Throws one of these errors. */
export const fail: Fail<typeof messages> = failer(messages);
