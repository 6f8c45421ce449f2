/**
 * The messages of the assumptions, their distributions and scenario files (src/assumptions/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid, numberText, type NumberBounds } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { show } from "../errors/show.js";
import { limitText, type LimitData } from "../input/messages.js";

export const messages = {
  /**
   * A distribution given for an assumption whose draws would break that assumption's own rule:
   * `invalid distributions.gpuHours: {"kind":"uniform","low":-1,"high":5} (expected draws that gpuHours allows, each a positive number: its low, -1, is not)`;
   * with `end` "tail", a log-normal where the rule has an upper end: `(… each a fraction in [0, 1): a log-normal has no upper end)`.
   */
  distributionRule: (d: {
    name: string;
    value: unknown;
    assumption: string;
    rule: NumberBounds;
    end: "low" | "high" | "value" | "p05" | "p95" | "tail";
    at?: number;
  }) =>
    invalid(
      d,
      `draws that ${d.assumption} allows, each ${numberText(d.rule)}: ` +
        (d.end === "tail" ? "a log-normal has no upper end" : `its ${d.end}, ${d.at}, is not`),
    ),
  /** `invalid distributions.gpuHours: {…} (expected draws that are each at most 10,000,000,000 GPU-hours: …; its high, 100000000000, is beyond)` */
  distributionImplausible: (d: { name: string; value: unknown; end: string; at: number } & LimitData) =>
    invalid(d, `draws that are each ${limitText(d)}; its ${d.end}, ${d.at}, is beyond`),
  /** `unknown assumption "gpuCont" (did you mean "gpuCount"? known: gpu, gpuCount, …)` */
  unknownAssumption: (d: { name: string; suggestion: string | undefined; known: readonly string[] }) =>
    `unknown assumption ${show(d.name)} (${d.suggestion ? `did you mean ${show(d.suggestion)}? ` : ""}known: ${d.known.join(", ")})`,
  /**
   * A day before or after the plausible ones (./limits.ts):
   * `invalid trainingStart: "1990-01-01" (expected a day from 2000-01-01 on: before 2000 no GPU had been sold (…))`
   */
  implausibleDate: (d: { name: string; value: string; side: "earliest" | "latest"; day: string; why: string }) =>
    invalid(d, `a day ${d.side === "earliest" ? `from ${d.day} on` : `up to ${d.day}`}: ${d.why}`),
  /**
   * A result currency the rate set cannot convert a price into, with the sets that can:
   * `invalid currency: "EUR" (expected a currency the article rate set converts JPY into on 2025-02-11: CNY, JPY, USD; rates=market has EUR)`
   */
  currencyNotConvertible: (d: {
    name: string;
    value: string;
    from: string;
    set: string;
    on: string;
    into: readonly string[];
    sets: readonly string[];
  }) =>
    invalid(
      d,
      `a currency the ${d.set} rate set converts ${d.from} into on ${d.on}: ${d.into.join(", ")}; ${setsWith(d.sets, d.value)}`,
    ),
  /**
   * A price in a currency the rate set cannot convert into the result currency:
   * `invalid gpuPrice.currency: "EUR" (expected a currency the article rate set converts into USD on 2025-02-11: CNY, JPY, USD; rates=market has EUR)`
   */
  priceNotConvertible: (d: {
    name: string;
    value: string;
    to: string;
    set: string;
    on: string;
    into: readonly string[];
    sets: readonly string[];
  }) =>
    invalid(
      d,
      `a currency the ${d.set} rate set converts into ${d.to} on ${d.on}: ${d.into.join(", ")}; ${setsWith(d.sets, d.value)}`,
    ),
  /** `invalid overrides: 5 (expected an object of assumptions, e.g. { gpuCount: 2048 })` */
  notOverrides: (d: { name: string; value: unknown }) =>
    invalid(d, "an object of assumptions, e.g. { gpuCount: 2048 }"),
  /** `invalid assumptions: {} (expected the result of assumptions())` */
  /** `no reported view: the case claims no figure (expected a case with a claim, or the views other than reported)` */
  noClaim: (d: { view: string }) =>
    `no ${d.view} view: the case claims no figure (expected a case with a claim, or the views other than ${d.view})`,
  notAssumptions: (d: { name: string; value: unknown }) => invalid(d, "the result of assumptions()"),
  /** `invalid tdpWatts: undefined (expected watts: data/gpus.csv has no TDP for H20, so give tdpWatts)` */
  noTdp: (d: { gpu: string }) =>
    invalid({ name: "tdpWatts", value: undefined }, `watts: data/gpus.csv has no TDP for ${d.gpu}, so give tdpWatts`),
  /** `invalid parameters file: p.json (expected a JSON object of assumptions: it is an array)` */
  badParameters: (d: { path: string; what: string; expected: string; reason: string }) =>
    `invalid ${d.what}: ${d.path} (expected ${d.expected}: ${d.reason})`,
} as const;

/** `rates=market has EUR`, `rates=market or rates=x have EUR`, `no rate set has EUR`. */
function setsWith(sets: readonly string[], currency: string): string {
  if (sets.length === 0) return `no rate set in data/fx-rates.csv has ${currency}`;
  return `${sets.map((s) => `rates=${s}`).join(" or ")} ${sets.length === 1 ? "has" : "have"} ${currency}`;
}

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
