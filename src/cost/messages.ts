/**
 * The messages of the cost views (src/cost/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `invalid stages: [] (expected a non-empty list of { stage, gpuHours })` */
  notStages: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of { stage, gpuHours }"),
  /**
   * `invalid electricityPrice: undefined (expected US dollars per kWh: data/electricity-prices.csv has no price for 2031, the year of trainingStart, so give electricityPrice)`
   */
  noElectricityPrice: (d: { year: number; basis: "trainingStart" | "published" }) =>
    invalid(
      { name: "electricityPrice", value: undefined },
      `US dollars per kWh: data/electricity-prices.csv has no price for ${d.year}, the year of ${d.basis}, so give electricityPrice`,
    ),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
