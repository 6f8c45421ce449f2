/**
 * The messages of the files read in Node (src/node/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { messages as assumptionMessages } from "../assumptions/messages.js";
import { messages as dataMessages } from "../data/messages.js";
import { failer, type Fail } from "../errors/failer.js";
import { show } from "../errors/show.js";

export const messages = {
  /** `invalid scenario: "artcle" (expected one of: article, deepseek-paper, full-programme, spec-speed)` */
  unknownScenario: (d: { name: string; known: readonly string[] }) =>
    `invalid scenario: ${show(d.name)} (expected one of: ${d.known.join(", ")})`,
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof dataMessages & typeof assumptionMessages> = failer(
  messages,
  dataMessages,
  assumptionMessages,
);
