import { messages } from "../../src/compute/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of compute/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("compute/messages", messages, {
  noPeak: [
    [
      { gpu: "A100", precision: "fp8" },
      'invalid precision: "fp8" (expected bf16: data/gpus.csv has no FP8 peak for A100)',
    ],
  ],
});
