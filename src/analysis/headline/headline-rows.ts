import type { Estimate } from "../../assumptions/estimate.js";
import { formatAmount, formatAmountEnds } from "../../amount/format-amount.js";
import { claimOf } from "../findings/claim.js";
import type { Currency } from "../../money/currency.js";
import type { MoneyRange } from "../../money/money-range.js";
import type { Range } from "../../range/range.js";
import { fxSourceText, fxText, moneyText } from "../../format/text.js";
import type { Lang } from "../../i18n/lang.js";
import { amountText, compactIn, countIn, timesIn } from "../../i18n/numbers.js";
import { text } from "../../i18n/text.js";
import type { AmortizedAlternative } from "../../assumptions/estimate.js";
import { shownProgramme } from "./shown-programme.js";
import { DEFAULT_CASE } from "../../cases/default-case.js";

/**
 * One line of the headline table (the README's, the report's, `gpu-cost-lab estimate`'s): a
 * figure of the estimate against the lab's reported one.
 */
export interface HeadlineRow {
  /**
   * Which figure: a cost view of `estimate()`, `allIn` (the purchase view's all-in cluster), or
   * `amortizedAlternative` (the amortized view under another method, from `estimate().alternatives`).
   */
  readonly key: HeadlineKey | "amortizedAlternative";
  /** What it is, with the inputs that make it: `Buying the GPUs (2,000–3,000 × JPY 4.0M–5.0M, as the article computes it)`. */
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly currency: Currency;
  /** This figure ÷ the reported one. */
  /** The view ÷ the claim; `null` for a case that claims no figure. */
  readonly timesReported: Range | null;
  /** `$52.8M`; the reported figure with 4 significant digits, as the lab gives it: `$5.576M`. */
  readonly lowText: string;
  /** `$98.9M`, or "" for a single figure. */
  readonly highText: string;
  /** `9.5–17.7×`; `1×` for the reported figure itself. */
  readonly timesReportedText: string;
  /** The figure every other row is measured against (set in bold in the README). */
  readonly reference: boolean;
  /**
   * The Monte Carlo's median and 90% interval of this view, every input drawn from its documented
   * uncertainty, when `headlineRows` was given the draws and the simulation computes this view
   * (rental, the amortized final run under the chosen method, the programme); else undefined.
   */
  readonly drawn?: DrawnFigures;
  /** `$6.49M`, or "" when not drawn. */
  readonly medianText: string;
  /** `$4.97M–$8.39M`, or "" when not drawn. */
  readonly intervalText: string;
}

/** The 5th, 50th and 95th percentiles of a view's draws. */
export interface DrawnFigures {
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
}

/** What the Monte Carlo says of the views it computes, by headline key (from `headlineDraws()`). */
export interface HeadlineDraws {
  readonly rental?: DrawnFigures;
  readonly amortized?: DrawnFigures;
  readonly programme?: DrawnFigures;
  /** Draws and seed. */
  readonly n?: number;
  readonly seed?: number;
  /** The share of the amortized final run's draws below the reported figure. */
  readonly amortizedBelowReported?: number;
}

/** How one row is read from an estimate. */
interface HeadlineDefinition {
  readonly key: string;
  readonly figure: (e: Estimate) => MoneyRange;
  readonly label: (e: Estimate, lang: Lang) => string;
  readonly reference?: boolean;
}

/**
 * The rows, in the README's order. A new figure of `estimate()` (a view, a depreciation method
 * beside another) is one more entry here; every table, CSV and page built on
 * {@link headlineRows} shows it.
 */
const HEADLINE = [
  {
    key: "purchase",
    figure: (e) => e.purchase,
    label: ({ assumptions: a }, lang) =>
      text(lang, a.case.id === DEFAULT_CASE ? "headline.purchase" : "headline.purchaseOwn", {
        count: countIn(lang, a.gpuCount.low, a.gpuCount.high),
        price: amountText(lang, a.gpuPrice.low, a.gpuPrice.high, a.gpuPrice.currency),
      }),
  },
  {
    key: "allIn",
    figure: (e) => e.purchase.allIn,
    label: (_e, lang) => text(lang, "headline.allIn"),
  },
  {
    key: "rental",
    figure: (e) => e.rental,
    label: ({ assumptions: a }, lang) =>
      text(lang, "headline.rental", {
        hours: compactIn(lang, a.gpuHours.low, a.gpuHours.high),
        rate: rateText(a.rentalRate, lang),
      }),
  },
  {
    key: "reported",
    figure: (e) => e.reported!,
    // the claim as its author gives it (claimOf): who, the GPU-hours, the GPU and the rate assumed
    label: (e, lang) => {
      const c = claimOf(e);
      const by =
        c.who === "press-unnamed"
          ? text(lang, "headline.claimedPress")
          : c.who === "third-party"
            ? text(lang, "headline.claimedThird")
            : text(lang, "headline.reportedBy", { lab: c.lab });
      if (c.gpuHours === null || c.ratePerGpuHour === null) {
        const amount =
          lang === "en" || c.amount === null ? c.amountText : formatAmount(c.amount, { digits: 4, locale: lang });
        return text(lang, "headline.claimAmount", { by, amount });
      }
      return text(lang, c.rateStated ? "headline.claimHours" : "headline.claimImplied", {
        by,
        hours: compactIn(lang, c.gpuHours),
        gpu: c.gpu,
        rate: rateText(c.ratePerGpuHour, lang),
      });
    },
    reference: true,
  },
  {
    key: "amortized",
    figure: (e) => e.amortized,
    label: (e, lang) => text(lang, "headline.amortized", { method: chosenMethod(e, lang) }),
  },
  {
    key: "programme",
    figure: (e) => shownProgramme(e),
    label: (e, lang) => {
      const p = shownProgramme(e);
      const multiplier = countIn(lang, p.multiplier.low, p.multiplier.high);
      return p.lambert
        ? text(lang, "headline.programmeSourced", {
            multiplier,
            source: text(lang, e.case.id === DEFAULT_CASE ? "headline.lambert" : "headline.lambertBorrowed"),
          })
        : text(lang, "headline.programme", { multiplier });
    },
  },
] as const satisfies readonly HeadlineDefinition[];

/** A row's key: `purchase`, `allIn`, `rental`, `reported`, `amortized`, `programme`. */
export type HeadlineKey = (typeof HEADLINE)[number]["key"];

/** The keys, in the order of the rows. */
export const headlineKeys: readonly HeadlineKey[] = HEADLINE.map((d) => d.key);

/** The depreciation and valuation the assumptions choose, as `estimate().alternatives` words it: `price-performance, valued at purchase`. */
function chosenMethod(e: Estimate, lang: Lang): string {
  const chosen = e.alternatives.find((alt) => alt.chosen);
  return chosen ? methodText(chosen, e, lang) : e.assumptions.depreciation;
}

/**
 * An amortized alternative's method in `lang`: in English as `estimate().alternatives` words it
 * (`price-performance, valued at purchase`), else from the catalogue (`按性价比折旧，以购入价计`).
 */
export function methodText(
  alt: Pick<AmortizedAlternative, "depreciation" | "valuation" | "method">,
  e: Estimate,
  lang: Lang,
): string {
  if (lang === "en") return alt.method;
  if (alt.depreciation === "straight-line") {
    const years = e.assumptions.lifetimeYears;
    return text(lang, "method.straightLine", { years: countIn(lang, years.low, years.high) });
  }
  return text(lang, alt.valuation === "training-start" ? "method.priceAtStart" : "method.priceAtPurchase");
}

/**
 * The headline table of an estimate: each view, its range in the estimate's currency and its
 * multiple of the reported figure, worded as the README's table is. The amortized view is
 * followed by its alternatives (`estimate().alternatives`: the same run under every other
 * depreciation method and valuation), each a row of key `amortizedAlternative`, so that the
 * method that moves the verdict is never hidden. The programme is never a copy of the final run:
 * at an experiments multiplier of 1 it counts Lambert's 2–4 ({@link shownProgramme}).
 *
 * With `draws` (from {@link headlineDraws}, over `simulate(withExperiments(a))`), the rows of the
 * views the Monte Carlo computes carry its median and 90% interval: the one figure to quote.
 *
 * `headlineRows(estimate())[0]` → `{ key: "purchase", lowText: "$52.8M", highText: "$98.9M", timesReportedText: "9.5–17.7×", … }`
 */
export function headlineRows(e: Estimate, draws: HeadlineDraws = {}, lang: Lang = "en"): HeadlineRow[] {
  const row = (key: HeadlineRow["key"], label: string, { low, high }: MoneyRange, reference = false): HeadlineRow => {
    // interval division: the reported figure is a single value, but need not be
    const timesReported = e.reported ? { low: low / e.reported.high, high: high / e.reported.low } : null;
    const digits = lang === "en" ? (reference ? 4 : 3) : 4;
    const write = (x: number) => formatAmount({ low: x, high: x, currency: e.currency }, { digits, locale: lang });
    const drawn = key === "rental" || key === "amortized" || key === "programme" ? draws[key] : undefined;
    // the two ends in two columns, to the same digits as the range: $5.73M and $7.10M
    const [lowText, highText] =
      lang === "en" ? formatAmountEnds({ low, high, currency: e.currency }, { digits }) : [write(low), write(high)];
    return {
      ...(drawn ? { drawn } : {}),
      medianText: drawn ? write(drawn.p50) : "",
      intervalText: drawn
        ? lang === "en"
          ? moneyText(drawn.p05, drawn.p95, e.currency)
          : amountText(lang, drawn.p05, drawn.p95, e.currency)
        : "",
      key,
      label,
      low,
      high,
      currency: e.currency,
      timesReported,
      lowText: low === high ? write(low) : lowText,
      highText: low === high ? "" : highText,
      timesReportedText: reference
        ? text(lang, "headline.times", { times: "1" })
        : timesReported
          ? timesIn(lang, timesReported.low, timesReported.high)
          : "",
      reference,
    };
  };
  return HEADLINE.flatMap((d: HeadlineDefinition & { key: HeadlineKey }) => {
    if (d.key === "reported" && !e.reported) return [];
    const main = row(d.key, d.label(e, lang), d.figure(e), d.reference === true);
    if (d.key !== "amortized") return [main];
    const others = e.alternatives.filter((alt) => !alt.chosen);
    return [
      main,
      ...others.map((alt) =>
        row("amortizedAlternative", text(lang, "headline.alternative", { method: methodText(alt, e, lang) }), {
          ...alt,
          currency: e.currency,
        }),
      ),
    ];
  });
}

/**
 * What the headline's money means, each conversion with the date and source of the rate it used
 * (the rows of `data/fx-rates.csv`, so that the label and the data are one fact):
 * `In USD; prices converted at 1 USD = 151.65 JPY (Reuters via CNA, 2025-02-10; rate set article).`,
 * or `In USD.` when nothing was converted.
 */
export function headlineCaption(e: Estimate, lang: Lang = "en"): string {
  if (e.fx.length === 0) return text(lang, "headline.caption", { currency: e.currency });
  const rates = e.fx.map((q) => text(lang, "headline.rate", { rate: fxText(q), source: fxSourceText(q) }));
  return text(lang, "headline.captionConverted", {
    currency: e.currency,
    rates: rates.join(lang === "en" ? "), " : "、"),
    set: e.rates,
  });
}

/**
 * Why a row's median and 90% interval differ from its low and high, in one line:
 * `Low and high take the ends of the ranges the sources state, all at once; the median and 90% interval draw every input from its documented uncertainty (100,000 draws, seed 1), where extremes rarely meet.`
 */
export function headlineSpreadNote(draws: HeadlineDraws = {}, lang: Lang = "en"): string {
  if (draws.n === undefined) return text(lang, "headline.spread");
  return text(lang, "headline.spreadDrawn", { draws: countIn(lang, draws.n), seed: draws.seed ?? "—" });
}

/** `$2–$4.916`: a price per GPU-hour, every digit up to 4 significant ones, the currency as `formatAmount` writes it. */
function rateText(rate: MoneyRange, lang: Lang): string {
  return formatAmount(rate, { digits: 4, locale: lang });
}
