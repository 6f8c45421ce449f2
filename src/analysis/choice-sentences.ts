import type { Assumptions } from "../assumptions/assumptions.js";
import { estimate, type Estimate } from "../assumptions/estimate.js";
import { pricesIn } from "../assumptions/prices-in.js";
import { uncertaintyOf } from "../assumptions/uncertainty-of.js";
import {
  DAYS_PER_YEAR,
  dayNumber,
  depreciationMethods,
  SERVER_POWER_RATIO,
  valuations,
  valueAtTrainingStart,
} from "../cost/epoch-method.js";
import { rateSetNames } from "../fx/convert.js";
import { moneyText, quantityText, timesText } from "./text.js";
import { resultOf } from "../validate/result-of.js";
import { ASSUMPTION_FIELDS, ESTIMATE_FIELDS } from "../assumptions/result-fields.js";

/** One line of the amortized view under each method and valuation. */
export interface AlternativeRow {
  readonly method: string;
  readonly costText: string;
  readonly timesReportedText: string;
  /** `as chosen` for the assumptions' own choices. */
  readonly chosen: string;
}

/** The amortized view under each depreciation method and valuation (`estimate().alternatives`) as table rows. */
export function alternativeRows(e: Estimate): AlternativeRow[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  return e.alternatives.map((x) => ({
    method: x.method,
    costText: moneyText(x.low, x.high, x.currency),
    timesReportedText: `${timesText(x.timesReported.low, x.timesReported.high)} reported`,
    chosen: x.chosen ? "as chosen" : "",
  }));
}

/**
 * The amortized view under each method and valuation, in sentences a reader checks against the
 * table, ending with what the choice does to the verdict:
 * `Depreciated at the price-performance trend, valued at purchase (as chosen): $5.73M–$7.10M, 1.0–1.3× the reported $5.58M.`
 *
 * @example
 * alternativeSentences(estimate()).forEach((s) => console.log(s));
 */
export function alternativeSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const c = e.currency;
  const reported = moneyText(e.reported.low, e.reported.high, c);
  const lines = e.alternatives.map(
    (x) =>
      `Amortized, ${x.method}${x.chosen ? " (as chosen)" : ""}: ${moneyText(x.low, x.high, c)}, ${timesText(x.timesReported.low, x.timesReported.high)} the reported ${reported}.`,
  );
  const above = e.alternatives.filter((x) => x.timesReported.low >= 1).map((x) => x.method);
  const below = e.alternatives.filter((x) => x.timesReported.high < 1).map((x) => x.method);
  const verdict =
    above.length === e.alternatives.length
      ? "Under every method the final run's amortized cost is at least the reported figure."
      : below.length === e.alternatives.length
        ? "Under every method the final run's amortized cost is below the reported figure."
        : `The choice decides the verdict: at or above the reported figure ${above.length > 0 ? `with ${above.join("; ")}` : "with none"}; below it ${below.length > 0 ? `with ${below.join("; ")}` : "with none"}${above.length + below.length < e.alternatives.length ? "; straddling it otherwise" : ""}.`;
  return [...lines, verdict];
}

/**
 * The article's two claims about the H800 set against each other, from the estimate: its price
 * against the H100's, and what an H100's worth of compute costs at each end of `speedRatio`.
 * `At a speed ratio of 1.0 (the datasheets), one H100's worth of compute bought as H800s costs 0.73–0.91× an H100 (9–27% less).`
 *
 * @example
 * effectiveComputeSentences(estimate()).forEach((s) => console.log(s));
 */
export function effectiveComputeSentences(e: Estimate): string[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const { gpuPrice, h100Price } = pricesIn(e.assumptions);
  const gpu = e.assumptions.gpu;
  const c = e.currency;
  const h100 = (h100Price.low + h100Price.high) / 2;
  const speeds = [e.assumptions.speedRatio.high, e.assumptions.speedRatio.low].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
  const why = (s: number) => (s === 1 ? " (the datasheets)" : s === 0.5 ? " (the article)" : "");
  const pct = (x: number) => `${Math.round(Math.abs(x) * 100)}`;
  const lines = [
    `An ${gpu} at ${moneyText(gpuPrice.low, gpuPrice.high, c)} against an H100 at ${moneyText(h100Price.low, h100Price.high, c)}: ${timesText(gpuPrice.low / h100, gpuPrice.high / h100, 2)} its price.`,
  ];
  for (const s of speeds) {
    const [low, high] = [gpuPrice.low / s / h100, gpuPrice.high / s / h100];
    const dearer = low > 1 ? "more" : high < 1 ? "less" : "more or less";
    const [a, b] = dearer === "less" ? [1 - high, 1 - low] : [low - 1, high - 1];
    const diff = low > 1 || high < 1 ? ` (${pct(a) === pct(b) ? pct(a) : `${pct(a)}–${pct(b)}`}% ${dearer})` : "";
    lines.push(
      `At a speed ratio of ${s.toFixed(s < 0.1 ? 2 : 1)}${why(s)}, one H100's worth of compute bought as ${gpu}s costs ${timesText(low, high, 2)} an H100${diff}.`,
    );
  }
  return lines;
}

/**
 * What the programme view holds under the assumptions, so that the text never says "equals the
 * final run" when it does not.
 *
 * @example
 * programmeSentence(estimate({ experimentsMultiplier: [2, 4] }));
 */
export function programmeSentence(e: Estimate): string {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  const m = e.assumptions.experimentsMultiplier;
  const c = e.currency;
  if (m.low === 1 && m.high === 1)
    return `The experiments multiplier is 1: the programme is the final run alone (${moneyText(e.programme.low, e.programme.high, c)}), as DeepSeek reports it. Set it to [2, 4] (or run --scenario full-programme) to count the trial runs before it.`;
  return `The experiments multiplier is ${quantityText(m.low, m.high)}: the programme, ${moneyText(e.programme.low, e.programme.high, c)}, counts ${m.low === m.high ? quantityText(m.low - 1) : quantityText(m.low - 1, m.high - 1)} times the final run's compute again for the trials before it.`;
}

/** One categorical choice at one of its values, with every cost view under it. */
export interface ChoiceRow {
  readonly choice: string;
  readonly value: string;
  /** `as chosen` for the value the assumptions hold. */
  readonly chosen: string;
  readonly purchase: string;
  readonly rental: string;
  readonly amortized: string;
  readonly programme: string;
}

/**
 * Every categorical choice the analysis makes (depreciation method, valuation, FX rate set) at
 * each of its values, the rest of the assumptions as given: the choices side by side, never hidden.
 *
 * @example
 * showTable(from(choiceRows(assumptions())));
 */
export function choiceRows(a: Assumptions): ChoiceRow[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const choices: ReadonlyArray<
    readonly [keyof Assumptions & ("depreciation" | "valuation" | "rates"), readonly string[]]
  > = [
    ["depreciation", depreciationMethods],
    ["valuation", valuations],
    ["rates", rateSetNames()],
  ];
  return choices.flatMap(([name, values]) =>
    values.map((value) => {
      const e = estimate({ ...a, [name]: value });
      const text = (v: { low: number; high: number }) => moneyText(v.low, v.high, e.currency);
      return {
        choice: name,
        value,
        chosen: a[name] === value ? "as chosen" : "",
        purchase: text(e.purchase),
        rental: text(e.rental),
        amortized: text(e.amortized),
        programme: text(e.programme),
      };
    }),
  );
}

/**
 * Epoch AI's method as this estimate applies it, in sentences whose figures come from the
 * assumptions: the server power ratio, the year and price of the electricity, and the hardware's
 * value at training start against its price.
 *
 * @example
 * epochMethodSentences(assumptions()).forEach((s) => console.log(s));
 */
export function epochMethodSentences(a: Assumptions): string[] {
  resultOf(a, ASSUMPTION_FIELDS, "a", "assumptions()");
  const ratio = a.serverPowerRatio;
  const ooms = a.priceOomsPerYear;
  const days = dayNumber(a.trainingStart) - dayNumber(a.purchaseDate);
  const years = Math.max(0, days) / DAYS_PER_YEAR;
  const share = valueAtTrainingStart(0, Math.max(0, days), (ooms.low + ooms.high) / 2);
  const electricity = uncertaintyOf(a, "electricityPrice");
  const e = a.electricityPrice;
  const power =
    ratio.low === SERVER_POWER_RATIO && ratio.high === SERVER_POWER_RATIO
      ? `Server power per GPU is (10.2 kW ÷ 8) ÷ 0.7 kW = ${SERVER_POWER_RATIO.toFixed(4)} × the chip's TDP, Epoch's DGX H100 figure, unrounded.`
      : `Server power per GPU is ${quantityText(ratio.low, ratio.high)} × the chip's TDP, as given (Epoch's DGX H100 figure is (10.2 kW ÷ 8) ÷ 0.7 kW = ${SERVER_POWER_RATIO.toFixed(4)}).`;
  const energy =
    electricity.from === "documented"
      ? `Electricity is priced for ${a.trainingStart.slice(0, 4)}, the year of trainingStart (${a.trainingStart}): ${moneyText(e.low, e.high, e.currency)} per kWh, the US industrial average in Epoch AI's series (data/electricity-prices.csv).`
      : `Electricity is priced at ${moneyText(e.low, e.high, e.currency)} per kWh, as given.`;
  const valued =
    a.depreciation === "straight-line"
      ? "Straight-line depreciation charges the price ÷ the life per hour whenever the run falls in the life, so the valuation does not change it."
      : a.valuation === "training-start"
        ? `This estimate charges the run on that value, as Epoch does.`
        : `This estimate charges the run on the price as given (valuation: purchase); Epoch's own method charges it on the value at training start (valuation: training-start), which the alternatives show.`;
  return [
    power,
    energy,
    `Hardware bought on ${a.purchaseDate} and used from ${a.trainingStart} has ${years.toFixed(2)} years behind it: at ${quantityText(ooms.low, ooms.high)} orders of magnitude a year it keeps 10^(−${quantityText(ooms.low, ooms.high)} × ${years.toFixed(2)}) = ${share.toFixed(3)} of its price at training start${days < 0 ? " (the start is before the purchase, which Epoch counts as no time)" : ""}. ${valued}`,
  ];
}
