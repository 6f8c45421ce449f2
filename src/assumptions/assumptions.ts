import { closest, distance } from "fastest-levenshtein";
import { fail } from "./messages.js";
import { plainObject } from "../validate/known-keys.js";
import { gpuIds, gpuSpec } from "../gpu/catalog.js";
import { currencies, type Currency } from "../money/currency.js";
import { fxQuote, rateSetNames } from "../fx/convert.js";
import { GpuCostError } from "../errors/error.js";
import { ESTIMATE_FX_DATE } from "./prices-in.js";
import { chipConstant } from "../cost/chip-constants.js";
import { epochPue } from "../cost/epoch-keys.js";
import type { Case } from "../cases/case.js";
import { caseOf } from "../cases/case-of.js";
import { fail as caseFail } from "../cases/messages.js";
import { caseDefaults } from "./case-defaults.js";
import { defaultElectricityPrice, electricityYearOf, type ElectricityYear } from "../cost/electricity.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import type { MoneyRange } from "../money/money-range.js";
import { asRange, type QuantityInput } from "../input/as-range.js";
import { readDay } from "../validate/read-day.js";
import type { Range } from "../range/range.js";
import type { Depreciation, Valuation } from "../cost/epoch-method.js";
import { assumptionNames, assumptionSpecs, type AssumptionName, type AssumptionSpec } from "./specs.js";
import { dateLimits, ruleOf } from "./limits.js";

/**
 * Every assumption, validated and normalised: quantities as ranges, prices as money ranges in
 * their own currency, dates as `YYYY-MM-DD`. A plain, frozen, serialisable object.
 *
 * @category Assumptions
 */
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
  readonly electricityYear: ElectricityYear;
  readonly depreciation: Depreciation;
  readonly valuation: Valuation;
  readonly priceOomsPerYear: Range;
  readonly purchaseDate: string;
  readonly trainingStart: string;
  readonly lifetimeYears: Range;
  readonly interconnectFraction: Range;
  readonly serverOverhead: Range;
  readonly speedRatio: Range;
  readonly experimentsMultiplier: Range;
  readonly utilization: Range;
  /**
   * The headline case: its claim is the `reported` view, and its GPU, GPUs, GPU-hours and dates
   * are the defaults of `gpu`, `gpuCount`, `gpuHours` and `trainingStart` (DeepSeek-V3 by default).
   */
  readonly case: Case;
}

/**
 * What `assumptions()` accepts: any subset of the assumptions, each in any form its kind reads.
 *
 * @category Assumptions
 */
export type AssumptionOverrides = {
  /**
   * The headline case: an id of `data/cases.csv` (`"minimax-m1"`) or a case object a user wrote
   * (see `caseFromObject`). It supplies the defaults of the GPU, GPUs, GPU-hours and dates and the
   * claim; every other assumption given still overrides it.
   */
  readonly case?: string | object;
} & {
  readonly [K in AssumptionName]?: Assumptions[K] extends MoneyRange
    ? MoneyInput
    : Assumptions[K] extends Range
      ? QuantityInput
      : (typeof assumptionSpecs)[K]["kind"] extends { kind: "date" }
        ? string | Date
        : string;
};

/** The GPU whose price `h100Price` holds: a case run on it takes that price as its `gpuPrice`. */
const H100 = "H100";

/**
 * Assumptions whose default depends on another: the GPU price on the case's GPU, the TDP, server power ratio, server overhead and
 * power fraction on the GPU, the PUE on the run's developer, the electricity price on the year of the run.
 */
const DERIVED = [
  "gpuPrice",
  "tdpWatts",
  "serverPowerRatio",
  "powerFraction",
  "pue",
  "electricityPrice",
  "serverOverhead",
] as const satisfies readonly AssumptionName[];

/**
 * The assumptions with `overrides` applied, every field validated: finite; positive where it must
 * be; whole where it must be (GPU counts); `low ≤ high`; a real date; a known currency, rate set
 * and GPU. A field given as `undefined` keeps its default. Errors name the field, the value and
 * what is accepted; an unknown field lists the known ones and suggests the closest.
 *
 * `assumptions({ gpuCount: 2048, gpuPrice: "400万～500万日元", trainingStart: "2024-09-01" })`
 *
 * @category Assumptions
 */
export function assumptions(overrides: AssumptionOverrides = {}): Assumptions {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    fail("notOverrides", { name: "overrides", value: overrides });
  }
  plainObject(overrides, "overrides");
  for (const name of Object.keys(overrides)) {
    // own names only: "constructor" or "__proto__" (an own key from JSON.parse) is no assumption
    if (name !== "case" && !Object.hasOwn(assumptionSpecs, name))
      fail("unknownAssumption", { name, suggestion: suggest(name), known: assumptionNames });
  }
  const given = overrides as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = { case: caseOf(given.case) };
  for (const name of assumptionNames) {
    if ((DERIVED as readonly string[]).includes(name)) continue; // after the fields they depend on
    out[name] = given[name] === undefined ? defaultOf(name, out) : read(name, given[name]);
  }
  for (const name of DERIVED) out[name] = given[name] === undefined ? defaultOf(name, out) : read(name, given[name]);
  const ordered = { ...Object.fromEntries(assumptionNames.map((n) => [n, out[n]])), case: out.case };
  const checked = Object.freeze(ordered) as unknown as Assumptions;
  checkConversions(checked, given);
  validated.add(checked);
  return checked;
}

const validated = new WeakSet<object>();

/** Was `value` returned by `assumptions()` (and so already checked)? */
export function isAssumptions(value: unknown): value is Assumptions {
  return typeof value === "object" && value !== null && validated.has(value);
}

/**
 * `a` with one categorical choice changed: the new value checked as `assumptions()` reads it, every
 * other field as `a` holds it, already checked. The sensitivity and the turning points swap the
 * FX rate set this way, without reading every assumption again: `withChoice(a, "rates", "market")`.
 */
export function withChoice(a: Assumptions, name: "depreciation" | "valuation" | "rates", value: string): Assumptions {
  const checked = Object.freeze({ ...a, [name]: read(name, value) }) as Assumptions;
  validated.add(checked);
  return checked;
}

/**
 * The default of one assumption, validated, given the others it depends on: the catalog's TDP for
 * `gpu` (700 W for the default H800, whose TDP the catalog lacks); the server power ratio, server
 * overhead and power fraction for `gpu` (`chipConstant`: Epoch's value keyed on the chip's name, or
 * this project's stated choice); the PUE by Epoch's rule for the run's developer; the electricity
 * price for the year of `trainingStart`. `defaultOf("electricityPrice", assumptions())` → $0.0771 (2024);
 * `defaultOf("serverPowerRatio", { gpu: "A100" })` → 2.03125.
 */
export function defaultOf<K extends AssumptionName>(
  name: K,
  others: Readonly<Record<string, unknown>> = {},
): Assumptions[K] {
  const c = (others.case as Case | undefined) ?? caseOf(undefined);
  if (isCaseDefault(name)) {
    const value: unknown = caseDefaults(c)[name];
    if (value === undefined) {
      if (name === "gpuHours") caseFail("caseNoHours", { id: c.id });
      caseFail("caseNoGpus", { id: c.id });
    }
    return readDefault(name, value) as Assumptions[K];
  }
  if (name === "gpuPrice" && c.gpu !== caseDefaults().gpu && c.gpu === H100 && others.gpu === c.gpu) {
    // the article prices two GPUs: a case on the H100 takes its H100 price, not the H800's
    return readDefault(name, assumptionSpecs.h100Price.default) as Assumptions[K];
  }
  if (name === "tdpWatts") {
    const gpu = (others.gpu as string | undefined) ?? assumptionSpecs.gpu.default;
    return (
      gpu === assumptionSpecs.gpu.default ? readDefault(name, assumptionSpecs.tdpWatts.default) : catalogTdp(gpu)
    ) as Assumptions[K];
  }
  if (name === "serverPowerRatio" || name === "serverOverhead" || name === "powerFraction") {
    const gpu = (others.gpu as string | undefined) ?? assumptionSpecs.gpu.default;
    return readDefault(name, chipConstant(gpu, name).value) as Assumptions[K];
  }
  if (name === "pue") return readDefault(name, epochPue(c.organization).value) as Assumptions[K];
  if (name === "electricityPrice") {
    const start = (others.trainingStart as string | undefined) ?? assumptionSpecs.trainingStart.default;
    const keyed = (others.electricityYear as ElectricityYear | undefined) ?? assumptionSpecs.electricityYear.default;
    const { year, basis } = electricityYearOf(keyed, { trainingStart: start, published: c.published });
    const price = defaultElectricityPrice(year, basis);
    return readDefault(name, { low: price, high: price, currency: "USD" }) as Assumptions[K];
  }
  return readDefault(name, assumptionSpecs[name].default) as Assumptions[K];
}

/** The assumptions whose defaults the case supplies. */
function isCaseDefault(name: AssumptionName): name is "gpu" | "gpuCount" | "gpuHours" | "trainingStart" {
  return name === "gpu" || name === "gpuCount" || name === "gpuHours" || name === "trainingStart";
}

/** Defaults as read, by assumption and value: a default is read once, not each time it is compared. */
const defaults = new Map<string, unknown>();

/**
 * A default of `name`, read as `read` reads a value: `uncertaintyOf()` asks for every default
 * each time it tells a default from a value given, so each is checked once and kept (values
 * read are frozen). Keyed by the value, since a derived default (the catalog's TDP, a year's
 * electricity price) depends on the data.
 */
function readDefault(name: AssumptionName, value: unknown): unknown {
  const key = `${name} ${JSON.stringify(value)}`;
  if (!defaults.has(key)) defaults.set(key, read(name, value));
  return defaults.get(key);
}

function read(name: AssumptionName, value: unknown): unknown {
  const { kind }: AssumptionSpec = assumptionSpecs[name];
  switch (kind.kind) {
    case "quantity":
      return asRange(value, name, ruleOf(name) ?? kind.rule, kind.unit);
    case "money":
      return asMoneyRange(value, name, ruleOf(name) ?? kind.rule);
    case "date": {
      const day = readDay(value, name);
      const limits = dateLimits[name];
      if (limits && day < limits.earliest.day)
        fail("implausibleDate", { name, value: day, side: "earliest", ...limits.earliest });
      if (limits && day > limits.latest.day)
        fail("implausibleDate", { name, value: day, side: "latest", ...limits.latest });
      return day;
    }
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
  return readDefault("tdpWatts", tdp) as Range;
}

/** The prices of the assumptions, each converted into `currency` by `estimate()`; the lab's own $2 per GPU-hour too. */
const PRICES = ["gpuPrice", "h100Price", "rentalRate", "electricityPrice"] as const satisfies readonly AssumptionName[];

/**
 * Every price can be converted into the result currency with the chosen rate set, on the date
 * `estimate()` takes its rates: checked here, so that `currency: "EUR"` with the `article` set is
 * refused at the door, naming the sets that have EUR, not later as "no FX rate".
 */
function checkConversions(a: Assumptions, given: Readonly<Record<string, unknown>>): void {
  const claim = a.case.claims[0];
  const from: [AssumptionName | "labRate", Currency][] = [
    ...PRICES.map((p) => [p, a[p].currency] as [AssumptionName, Currency]),
    ...(claim ? [["labRate", claim.amount.currency] as [AssumptionName | "labRate", Currency]] : []),
    // the stated rate only where its currency is not the claim's (one check per currency)
    ...(claim?.statedRate && claim.statedRate.currency !== claim.amount.currency
      ? [["labRate", claim.statedRate.currency] as [AssumptionName | "labRate", Currency]]
      : []),
  ];
  for (const [name, currency] of from) {
    if (currency === a.currency || converts(currency, a.currency, a.rates)) continue;
    const sets = rateSetNames().filter((set) =>
      from.every(([, c]) => c === a.currency || converts(c, a.currency, set)),
    );
    const into = currencies.filter((c) => c === currency || converts(currency, c, a.rates));
    // a price the caller gave in its own currency, or else the result currency asked for
    if (name !== "labRate" && given[name] !== undefined && given.currency === undefined)
      fail("priceNotConvertible", {
        on: ESTIMATE_FX_DATE,
        name: `${name}.currency`,
        value: currency,
        to: a.currency,
        set: a.rates,
        into: currencies.filter((c) => c === a.currency || converts(c, a.currency, a.rates)),
        sets,
      });
    fail("currencyNotConvertible", {
      on: ESTIMATE_FX_DATE,
      name: "currency",
      value: a.currency,
      from: currency,
      set: a.rates,
      into,
      sets,
    });
  }
}

/** Can `set` convert `from` into `to` on the estimate's date? */
function converts(from: Currency, to: Currency, set: string): boolean {
  try {
    fxQuote(from, to, { on: ESTIMATE_FX_DATE, rates: set });
    return true;
  } catch (error) {
    if (error instanceof GpuCostError && error.code === "noFxRate") return false;
    throw error;
  }
}

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
function suggest(name: string): string | undefined {
  const best = closest(name, assumptionNames);
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}
