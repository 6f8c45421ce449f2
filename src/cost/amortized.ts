import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import { asRange, type QuantityInput } from "../input/as-range.js";
import { rangeOf } from "../range/range-of.js";
import { atLeastOne, fraction, partFraction, positive } from "../input/rules.js";
import type { Range } from "../range/range.js";
import { asMoneyRange, type MoneyInput } from "../input/as-money-range.js";
import { moneyRange, sameCurrencyRanges, type MoneyRange } from "../money/money-range.js";
import type { CostView } from "./cost-view.js";
import { readDay } from "../validate/read-day.js";
import {
  amortizedCostOfHours,
  chargedShare,
  dayNumber,
  depreciationMethods,
  depreciationPerHour,
  valuations,
  energyKwh,
  interconnectValue,
  DAYS_PER_YEAR,
  HOURS_PER_YEAR,
  INTERCONNECT_FRACTION,
  LIFETIME_YEARS,
  POWER_FRACTION,
  PRICE_OOMS_PER_YEAR,
  PUE,
  SERVER_OVERHEAD,
  SERVER_POWER_RATIO,
  type Depreciation,
  type Valuation,
} from "./epoch-method.js";
import { writeMoney, writeRange } from "./formula.js";
import { defaultElectricityPrice, electricityYears, type ElectricityYear } from "./electricity.js";
import { defaultRun } from "./default-run.js";

export { depreciationMethods, valuations, type Depreciation, type Valuation } from "./epoch-method.js";

/**
 * Options of {@link amortizedCost}: the run, the GPU price, and the constants of Epoch AI's method (each defaults to Epoch's).
 *
 * @category Cost views
 */
export interface AmortizedOptions {
  /** GPU-hours of the run (2,788,000 for DeepSeek-V3). */
  gpuHours: QuantityInput;
  /** Price of one GPU (the card). Same currency as `electricityPrice`. */
  gpuPrice: MoneyInput;
  /** Chip TDP in watts. 700 for an H100 or H800 SXM. */
  tdpWatts: QuantityInput;
  /**
   * Price per kWh. Defaults to the US industrial average of data/electricity-prices.csv (Epoch AI's
   * energy_price series, EIA) for the year `electricityYear` names: of `trainingStart`, or of
   * `published`; with neither date given, of the default run's training start (2024: $0.0771),
   * the same default `assumptions()` gives.
   */
  electricityPrice?: MoneyInput;
  /**
   * The year of the default electricity price: `"training-start"` (the default, this project's
   * choice) or `"publication"` (as Epoch's code calls energy_price; needs `published`).
   */
  electricityYear?: ElectricityYear;
  /** When the model was published, `YYYY-MM-DD`; for `electricityYear: "publication"`. */
  published?: string | Date;
  /** Defaults to "price-performance" (Epoch AI); "straight-line" spreads value over `lifetimeYears`. */
  depreciation?: Depreciation;
  /**
   * Which value of the hardware is charged: `"purchase"` (the default: the price as paid) or
   * `"training-start"` (Epoch: the price × 10^(−priceOomsPerYear × years from purchaseDate to
   * trainingStart); straight-line depreciation charges the same either way).
   */
  valuation?: Valuation;
  /** When the GPUs were bought, `YYYY-MM-DD`; needed for valuation `"training-start"`. */
  purchaseDate?: string | Date;
  /** When the run started, `YYYY-MM-DD`; needed for valuation `"training-start"`. */
  trainingStart?: string | Date;
  /** Defaults to 0.14 orders of magnitude a year (Epoch AI, cost_analysis_standalone.py:33 @ 263c40a). */
  priceOomsPerYear?: QuantityInput;
  /** For straight-line depreciation. Defaults to 5 years (Epoch AI, hardware.py @ 1075758). */
  lifetimeYears?: QuantityInput;
  /** Defaults to 1.64 (Epoch AI, cost_analysis_standalone.py:419 @ 263c40a). */
  serverOverhead?: QuantityInput;
  /** Defaults to 0.19 (Epoch AI, cost_analysis_standalone.py:30 @ 263c40a). */
  interconnectFraction?: QuantityInput;
  /** Server power per GPU over chip TDP. Defaults to (10.2 ÷ 8) ÷ 0.7 = 1.8214 (DGX H100; cost_analysis_standalone.py:456 @ 263c40a). */
  serverPowerRatio?: QuantityInput;
  /** Average draw as a fraction of server power. Defaults to 0.75 (Epoch AI, server_TDP_fraction). */
  powerFraction?: QuantityInput;
  /** Defaults to 1.25 (outside hyperscalers; Epoch AI, power_usage_effectiveness). */
  pue?: QuantityInput;
}

/** The fields of {@link AmortizedOptions}, each one a known option. */
const amortizedOptionNames = [
  "gpuHours",
  "gpuPrice",
  "tdpWatts",
  "electricityPrice",
  "electricityYear",
  "published",
  "depreciation",
  "valuation",
  "purchaseDate",
  "trainingStart",
  "priceOomsPerYear",
  "lifetimeYears",
  "serverOverhead",
  "interconnectFraction",
  "serverPowerRatio",
  "powerFraction",
  "pue",
] as const satisfies readonly (keyof AmortizedOptions)[];

/**
 * Amortized hardware + energy, the method of Cottier et al. 2024 (Epoch AI):
 * 1. hardware value per GPU = price × serverOverhead ÷ (1 − interconnectFraction), the
 *    interconnect being `interconnectFraction` of cluster cost (hardware × 0.19 ÷ 0.81);
 * 2. each GPU-hour uses value × priceOomsPerYear · ln(10) ÷ 8,766 h (price-performance), or
 *    value ÷ (lifetimeYears × 8,766 h) (straight-line);
 * 3. energy = TDP × serverPowerRatio × powerFraction × PUE × GPU-hours, priced per kWh.
 * With `valuation: "training-start"` and the price-performance method, step 1 starts from the
 * price × 10^(−priceOomsPerYear × years from purchaseDate to trainingStart), as Epoch's
 * get_hardware_value_at_training_start does.
 * Example: $30,000 × 1.64 ÷ 0.81 = $60,741 per GPU; × 0.14 · ln 10 ÷ 8,766 = $2.234 per GPU-hour.
 *
 * @example
 * amortizedCost({ gpuHours: 2_788_000, gpuPrice: money(30_000, "USD"), tdpWatts: 700 }); // ≈ $6.48M: $6.23M of hardware + $0.26M of energy (2024 power)
 *
 * @category Cost views
 */
export function amortizedCost(options: AmortizedOptions): CostView {
  knownKeys(options, amortizedOptionNames, "options");
  const {
    gpuHours,
    gpuPrice,
    tdpWatts,
    electricityPrice,
    electricityYear = "training-start",
    published,
    depreciation = "price-performance",
    valuation = "purchase",
    purchaseDate,
    trainingStart,
    priceOomsPerYear = PRICE_OOMS_PER_YEAR,
    lifetimeYears = LIFETIME_YEARS,
    serverOverhead = SERVER_OVERHEAD,
    interconnectFraction = INTERCONNECT_FRACTION,
    serverPowerRatio = SERVER_POWER_RATIO,
    powerFraction = POWER_FRACTION,
    pue = PUE,
  } = options;
  if (!(depreciationMethods as readonly string[]).includes(depreciation)) {
    fail("notOneOf", { name: "depreciation", value: depreciation, choices: depreciationMethods });
  }
  if (!(valuations as readonly string[]).includes(valuation)) {
    fail("notOneOf", { name: "valuation", value: valuation, choices: valuations });
  }
  const dates =
    valuation === "training-start"
      ? { from: readDay(purchaseDate, "purchaseDate"), to: readDay(trainingStart, "trainingStart") }
      : undefined;
  if (!(electricityYears as readonly string[]).includes(electricityYear)) {
    fail("notOneOf", { name: "electricityYear", value: electricityYear, choices: electricityYears });
  }
  const price = asMoneyRange(gpuPrice, "gpuPrice", positive);
  const power = asMoneyRange(
    electricityPrice ?? defaultPower(electricityYear, trainingStart, published),
    "electricityPrice",
    positive,
  );
  sameCurrencyRanges(price, power, "combine");
  return computeAmortized({
    hours: asRange(gpuHours, "gpuHours", positive, "hour"),
    price,
    power,
    depreciation,
    dates,
    ooms: asRange(priceOomsPerYear, "priceOomsPerYear", positive),
    lifetime: asRange(lifetimeYears, "lifetimeYears", positive),
    overhead: asRange(serverOverhead, "serverOverhead", atLeastOne),
    network: asRange(interconnectFraction, "interconnectFraction", partFraction),
    tdp: asRange(tdpWatts, "tdpWatts", positive),
    serverPower: asRange(serverPowerRatio, "serverPowerRatio", atLeastOne),
    load: asRange(powerFraction, "powerFraction", fraction),
    pue: asRange(pue, "pue", atLeastOne),
  });
}

/** The default price per kWh, in US dollars, for the year `electricityYear` names. */
function defaultPower(
  electricityYear: ElectricityYear,
  trainingStart?: string | Date,
  published?: string | Date,
): number {
  if (electricityYear === "publication") {
    return defaultElectricityPrice(Number(readDay(published, "published").slice(0, 4)), "published");
  }
  const start = trainingStart === undefined ? defaultRun().trainingStart : readDay(trainingStart, "trainingStart");
  return defaultElectricityPrice(Number(start.slice(0, 4)), "trainingStart");
}

/**
 * What {@link computeAmortized} takes: every input of {@link amortizedCost} checked and normalised,
 * quantities as ranges and prices as money ranges in one currency.
 */
export interface AmortizedInputs {
  hours: Range;
  price: MoneyRange;
  power: MoneyRange;
  depreciation: Depreciation;
  /** Purchase and training start, when the hardware is valued at training start. */
  dates: { from: string; to: string } | undefined;
  ooms: Range;
  lifetime: Range;
  overhead: Range;
  network: Range;
  tdp: Range;
  serverPower: Range;
  load: Range;
  pue: Range;
}

/**
 * The core of {@link amortizedCost}: the same view from inputs already checked and normalised,
 * with no checks of its own. `estimate()` calls it with the validated assumptions, once per
 * depreciation method and valuation.
 */
export function computeAmortized(x: AmortizedInputs): CostView {
  const c = x.price.currency;
  const pp = x.depreciation === "price-performance";
  const rate = pp ? { r: x.ooms } : { r: x.lifetime };
  const perHour = ({ r }: { r: number }) => depreciationPerHour(x.depreciation, r, r);
  const [fromDay, toDay] = x.dates ? [dayNumber(x.dates.from), dayNumber(x.dates.to)] : [0, 0];
  // the share of the price still there at training start (1 unless valued then, price-performance)
  const share = ({ r }: { r: number }) =>
    x.dates ? chargedShare(x.depreciation, "training-start", fromDay, toDay, r) : 1;
  const servers = rangeOf((v) => v.h * v.p * share(v) * v.o * perHour(v), {
    h: x.hours,
    p: x.price,
    o: x.overhead,
    ...rate,
  });
  const network = rangeOf((v) => interconnectValue(v.h * v.p * share(v) * v.o, v.f) * perHour(v), {
    h: x.hours,
    p: x.price,
    o: x.overhead,
    f: x.network,
    ...rate,
  });
  const kwh = rangeOf((v) => energyKwh(v.h, v.w, v.s, v.l, v.u), {
    h: x.hours,
    w: x.tdp,
    s: x.serverPower,
    l: x.load,
    u: x.pue,
  });
  const energy = rangeOf((v) => v.k * v.e, { k: kwh, e: x.power });
  const total = rangeOf(
    (v) => amortizedCostOfHours(v.h, v.p * share(v), v.o, v.f, perHour(v), v.w, v.s, v.l, v.u, v.e),
    {
      h: x.hours,
      p: x.price,
      o: x.overhead,
      f: x.network,
      w: x.tdp,
      s: x.serverPower,
      l: x.load,
      u: x.pue,
      e: x.power,
      ...rate,
    },
  );
  const valued =
    x.dates && pp
      ? ` × ${writeRange(rangeOf(share, { r: x.ooms }), 3)} (its value at training start: 10^(−${writeRange(x.ooms)} × ${((toDay - fromDay) / DAYS_PER_YEAR).toFixed(2)} yr from ${x.dates.from} to ${x.dates.to}))`
      : "";
  const method =
    x.depreciation === "price-performance"
      ? `× ${writeRange(x.ooms)} OOM/yr · ln 10 ÷ ${HOURS_PER_YEAR.toLocaleString("en-US")} h`
      : `÷ (${writeRange(x.lifetime)} yr × ${HOURS_PER_YEAR.toLocaleString("en-US")} h)`;
  return {
    view: "amortized",
    label: "Amortized hardware + energy",
    basis: `hardware value${x.dates && pp ? " at training start" : ""} depreciated ${pp ? "at the ML GPU price-performance trend" : "straight-line"} over the run's GPU-hours, plus energy (Cottier et al. 2024, Epoch AI)`,
    ...moneyRange(total.low, total.high, c),
    breakdown: [
      {
        label: "GPUs and servers, depreciation",
        ...moneyRange(servers.low, servers.high, c),
        formula: `${writeRange(x.hours)} GPU-hours × ${writeMoney(x.price)}${valued} × ${writeRange(x.overhead)} ${method}`,
      },
      {
        label: "Cluster interconnect, depreciation",
        ...moneyRange(network.low, network.high, c),
        formula: `(GPUs and servers, depreciation) × ${writeRange(x.network)} ÷ (1 − ${writeRange(x.network)})`,
      },
      {
        label: "Energy",
        ...moneyRange(energy.low, energy.high, c),
        formula: `${writeRange(kwh)} kWh × ${writeMoney(x.power)} per kWh`,
      },
    ],
  };
}
