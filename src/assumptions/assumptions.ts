import { closest, distance } from "fastest-levenshtein";
import { fail } from "../errors/error.js";
import { plainObject } from "../errors/known-keys.js";
import { gpuIds, gpuSpec } from "../gpu/catalog.js";
import type { Currency } from "../money/currency.js";
import { rateSetNames } from "../fx/convert.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import type { MoneyRange } from "../money/money-range.js";
import { asRange, type QuantityInput } from "../input/as-range.js";
import type { Range } from "../range/range.js";
import type { Depreciation } from "../cost/amortized.js";
import { assumptionNames, assumptionSpecs, type AssumptionName, type AssumptionSpec } from "./specs.js";
import { ruleOf } from "./limits.js";

/** Every assumption, validated and normalised: quantities as ranges, prices as money ranges in their own currency. */
export interface Assumptions {
  readonly gpu: string;
  readonly gpuCount: Range;
  readonly gpuPrice: MoneyRange;
  readonly h100Price: MoneyRange;
  readonly gpuHours: Range;
  readonly rentalRate: MoneyRange;
  readonly currency: Currency;
  readonly rates: string;
  readonly tdpWatts: Range;
  readonly serverPowerRatio: Range;
  readonly powerFraction: Range;
  readonly pue: Range;
  readonly electricityPrice: MoneyRange;
  readonly depreciation: Depreciation;
  readonly priceOomsPerYear: Range;
  readonly lifetimeYears: Range;
  readonly interconnectFraction: Range;
  readonly serverOverhead: Range;
  readonly speedRatio: Range;
  readonly experimentsMultiplier: Range;
  readonly utilization: Range;
}

/** What `assumptions()` accepts: any subset of the assumptions, each in any form its kind reads. */
export type AssumptionOverrides = {
  readonly [K in AssumptionName]?: Assumptions[K] extends MoneyRange
    ? MoneyInput
    : Assumptions[K] extends Range
      ? QuantityInput
      : string;
};

/**
 * The assumptions with `overrides` applied, every field validated: finite; positive where it must
 * be; whole where it must be (GPU counts); `low ≤ high`; a known currency, rate set and GPU.
 * A field given as `undefined` keeps its default. Errors name the field, the value and what is
 * accepted; an unknown field lists the known ones and suggests the closest.
 *
 * `assumptions({ gpuCount: 2048, gpuPrice: "400万～500万日元" })`
 */
export function assumptions(overrides: AssumptionOverrides = {}): Assumptions {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    fail("notOverrides", { name: "overrides", value: overrides });
  }
  plainObject(overrides, "overrides");
  for (const name of Object.keys(overrides)) {
    // own names only: "constructor" or "__proto__" (an own key from JSON.parse) is no assumption
    if (!Object.hasOwn(assumptionSpecs, name))
      fail("unknownAssumption", { name, suggestion: suggest(name), known: assumptionNames });
  }
  const given = overrides as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const name of assumptionNames) {
    if (name === "tdpWatts") continue; // after gpu: its default depends on it
    const spec: AssumptionSpec = assumptionSpecs[name];
    out[name] = read(name, given[name] === undefined ? spec.default : given[name], spec);
  }
  out.tdpWatts =
    given.tdpWatts === undefined && out.gpu !== assumptionSpecs.gpu.default
      ? catalogTdp(out.gpu as string)
      : read("tdpWatts", given.tdpWatts ?? assumptionSpecs.tdpWatts.default, assumptionSpecs.tdpWatts);
  const checked = Object.freeze(out) as unknown as Assumptions;
  validated.add(checked);
  return checked;
}

const validated = new WeakSet<object>();

/** Was `value` returned by `assumptions()` (and so already checked)? */
export function isAssumptions(value: unknown): value is Assumptions {
  return typeof value === "object" && value !== null && validated.has(value);
}

function read(name: AssumptionName, value: unknown, { kind }: AssumptionSpec): unknown {
  switch (kind.kind) {
    case "quantity":
      return asRange(value, name, ruleOf(name) ?? kind.rule, kind.unit);
    case "money":
      return asMoneyRange(value, name, ruleOf(name) ?? kind.rule);
    case "choice": {
      const choices: readonly string[] =
        kind.choices === "gpus" ? gpuIds() : kind.choices === "rate sets" ? rateSetNames() : kind.choices;
      if (typeof value !== "string" || !choices.includes(value)) fail("notOneOf", { name, value, choices });
      return value;
    }
  }
}

function catalogTdp(gpu: string): Range {
  const tdp = gpuSpec(gpu).tdpW;
  if (tdp === undefined) fail("noTdp", { gpu });
  return asRange(tdp, "tdpWatts", ruleOf("tdpWatts") ?? assumptionSpecs.tdpWatts.kind.rule);
}

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
function suggest(name: string): string | undefined {
  const best = closest(name, assumptionNames);
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}
