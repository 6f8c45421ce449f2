/**
 * The messages of FLOP, utilization and fleets (src/compute/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)` */
  noPeak: (d: { gpu: string; precision: string }) =>
    invalid(
      { name: "precision", value: d.precision },
      `bf16: data/gpus.csv has no ${d.precision.toUpperCase()} peak for ${d.gpu}`,
    ),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
