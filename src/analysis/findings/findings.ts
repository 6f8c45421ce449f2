import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import type { TrainingRunRow } from "../../data/load-training-runs.js";
import { percentText } from "../../format/text.js";
import { formatAmount } from "../../amount/format-amount.js";
import { dataWord } from "../../i18n/data-words.js";
import { readLang, type Lang } from "../../i18n/lang.js";
import { amountText, compactIn, countIn, percentIn, timesIn } from "../../i18n/numbers.js";
import { text } from "../../i18n/text.js";
import { methodText } from "../headline/headline-rows.js";
import { DEFAULT_CASE } from "../../cases/default-case.js";
import type { HeadlineDraws } from "../headline/headline-rows.js";
import { shownProgramme } from "../headline/shown-programme.js";
import { costShares, type CostShare } from "../runs/cost-shares.js";
import { runCosts } from "../runs/run-costs.js";
import type { Claim } from "./claim.js";
import { findingTextsIn } from "./texts.js";
import { CLAIM_FIELDS } from "./claim.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";
import { knownKeys } from "../../validate/known-keys.js";

/** The findings, in the order a reader takes them. */
export const findingKeys = ["claim", "finalRun", "methods", "chips", "programme", "comparison"] as const;
export type FindingKey = (typeof findingKeys)[number];

/**
 * One finding: a sentence with one figure to quote, its interval and its basis.
 *
 * @category Findings
 */
export interface Finding {
  readonly key: FindingKey;
  readonly text: string;
  /** The figure to quote, as the sentence writes it (`$6.52M`), or "" for a finding of words. */
  readonly figure: string;
}

/**
 * Options of {@link findings}.
 *
 * @category Findings
 */
export interface FindingsOptions {
  /** The Monte Carlo's figures (`headlineDraws()` over `simulate(withExperiments(a))`): the medians to quote. Without them the findings quote the ends of the stated ranges. */
  readonly draws?: HeadlineDraws;
  /** `data/training-runs.csv`, for the claim's comparison with other runs (`loadTrainingRuns()`); without it that finding is left out. */
  readonly runs?: ColumnTable | readonly TrainingRunRow[];
  /** The language of the sentences: `"en"`, `"zh"` (`最终训练成本为652.3万美元`) or `"ja"`. Defaults to `"en"`. */
  readonly lang?: Lang;
}

/**
 * What the estimate finds, in four to six sentences a reader can quote, each computed (never
 * typed) from the estimate, the claim ({@link claimOf}) and the Monte Carlo:
 *
 * 1. the claim as its author counts it (GPU-hours × the assumed rate, the stages);
 * 2. the final run re-costed, amortized: the median and 90% interval, × the reported figure;
 * 3. the same run under the other methods, and whether the method decides the verdict;
 * 4. the chips: the fleet's GPUs, and all-in (capital, not the cost of one run);
 * 5. the programme with the experiments before the run (Lambert's 2–4 at a multiplier of 1);
 * 6. the press's comparison with other runs, where the claim has one and `runs` is given.
 *
 * `findings(estimate(), claimOf(estimate()), { draws, runs: loadTrainingRuns() }).map((f) => f.text)`
 *
 * @category Findings
 */
export function findings(e: Estimate, claim: Claim, options: FindingsOptions = {}): Finding[] {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  resultOf(claim, CLAIM_FIELDS, "claim", "claimOf()");
  knownKeys(options, ["draws", "runs", "lang"], "options");
  const { draws = {}, runs } = options;
  const lang = readLang(options.lang ?? "en", "options.lang");
  const say = findingTextsIn(lang);
  const c = e.currency;
  // zh and ja to 4 significant digits, as the article writes 557.6万美元
  const m = (low: number, high = low, digits = 3) =>
    formatAmount({ low, high, currency: c }, { digits: lang === "en" ? digits : 4, locale: lang });
  const reported = e.reported;
  const times = (low: number, high = low) =>
    reported ? timesIn(lang, low / reported.high, high / reported.low) : undefined;
  const aside = (figure: string, words: string) => (lang === "en" ? `${figure} (${words})` : `${figure}（${words}）`);
  const out: Finding[] = [];
  // 1. the claim
  const claimAmount =
    lang === "en" || claim.amount === null ? claim.amountText : formatAmount(claim.amount, { digits: 4, locale: lang });
  out.push({ key: "claim", figure: claimAmount, text: claimText(claim, m, lang, claimAmount) });
  // 2. the final run, amortized
  const chosen = e.alternatives.find((alt) => alt.chosen);
  const run = draws.amortized;
  out.push({
    key: "finalRun",
    figure: run ? m(run.p50) : m(e.amortized.low, e.amortized.high),
    text: say.finalRun({
      epoch: e.assumptions.depreciation === "price-performance",
      method: chosen ? methodText(chosen, e, lang) : e.assumptions.depreciation,
      figure: run ? m(run.p50) : m(e.amortized.low, e.amortized.high),
      interval: run ? amountText(lang, run.p05, run.p95, c) : undefined,
      times: run ? times(run.p50) : times(e.amortized.low, e.amortized.high),
    }),
  });
  // 3. the other methods
  const others = e.alternatives.filter((alt) => !alt.chosen);
  if (others.length > 0) {
    const all = e.alternatives;
    const above = reported !== undefined && all.every((alt) => alt.low > reported.high);
    const below = reported !== undefined && all.every((alt) => alt.high < reported.low);
    out.push({
      key: "methods",
      figure: "",
      text: say.methods({
        others: others.map((alt) => aside(m(alt.low, alt.high), methodText(alt, e, lang))),
        verdict: !reported ? "none" : above ? "above" : below ? "below" : "decides",
        below: draws.amortizedBelowReported === undefined ? undefined : percentIn(lang, draws.amortizedBelowReported),
      }),
    });
  }
  // 4. the chips
  const { gpuCount, gpuPrice } = e.assumptions;
  out.push({
    key: "chips",
    figure: m(e.purchase.low, e.purchase.high),
    text: say.chips({
      gpus: m(e.purchase.low, e.purchase.high),
      count: countIn(lang, gpuCount.low, gpuCount.high),
      price: amountText(lang, gpuPrice.low, gpuPrice.high, gpuPrice.currency),
      allIn: m(e.purchase.allIn.low, e.purchase.allIn.high),
      article: claim.caseId === DEFAULT_CASE,
    }),
  });
  // 5. the programme
  const p = shownProgramme(e);
  const drawn = draws.programme;
  out.push({
    key: "programme",
    figure: drawn ? m(drawn.p50) : m(p.low, p.high),
    text: say.programme({
      multiplier: countIn(lang, p.multiplier.low, p.multiplier.high),
      source: p.lambert ? lambertText(claim.caseId, lang) : undefined,
      figure: drawn ? m(drawn.p50) : m(p.low, p.high),
      interval: drawn ? amountText(lang, drawn.p05, drawn.p95, c) : undefined,
      times: drawn ? times(drawn.p50) : times(p.low, p.high),
    }),
  });
  // 6. the press's comparison
  if (claim.comparison && runs !== undefined) {
    const compared = comparedEstimates(runs, claim);
    if (compared.length > 0) {
      const item = (s: CostShare) =>
        say.comparedRun({ model: s.model, basis: dataWord(lang, shortBasis(s.basis)), share: s.reportedShareText });
      out.push({
        key: "comparison",
        figure: "",
        text: say.comparison({
          quote: claim.comparison.quote,
          label: dataWord(lang, claim.comparison.label),
          threshold: percentText(claim.comparison.threshold, claim.comparison.threshold, 0),
          holds: compared.filter((s) => s.reportedVerdict === "holds").map(item),
          fails: compared.filter((s) => s.reportedVerdict !== "holds").map(item),
        }),
      });
    }
  }
  return out;
}

/**
 * The claim set against the published estimates of other labs' runs (not GPU-hours priced here at
 * a common rate, which no one published): `costShares()` over `runCosts()`, reported figure
 * against each.
 */
function comparedEstimates(runs: ColumnTable | readonly TrainingRunRow[], claim: Claim): CostShare[] {
  if (claim.runId === null) return [];
  const threshold = claim.comparison?.threshold ?? 0.1;
  return costShares(runCosts(runs), { of: claim.runId, threshold }).filter(
    (s) => !s.basis.startsWith("GPU-hours ×") && s.reportedVerdict !== "no cost on this basis",
  );
}

/** `AI Index, rental`, `Epoch AI, amortized`: the basis of a published estimate in a few words. */
function shortBasis(basis: string): string {
  if (basis.startsWith("AI Index")) return "AI Index, rental";
  if (basis.startsWith("Epoch AI")) return "Epoch AI, amortized";
  return basis;
}

/** Lambert's multiplier named for a case, in `lang`: his own estimate for the article's case, borrowed for any other. */
export function lambertText(caseId: string, lang: Lang): string {
  return text(lang, caseId === DEFAULT_CASE ? "headline.lambert" : "headline.lambertBorrowed");
}

/** The claim in one or two sentences, in `lang`: its arithmetic where the case gives it, its base, and who contests it. */
function claimText(
  claim: Claim,
  m: (low: number, high?: number, digits?: number) => string,
  lang: Lang,
  amount: string,
): string {
  const say = findingTextsIn(lang);
  const hours = claim.gpuHours === null ? "" : compactIn(lang, claim.gpuHours);
  if (claim.amount === null) return say.noClaim({ lab: claim.lab, model: claim.model, hours, gpu: claim.gpu });
  const who =
    claim.who === "press-unnamed"
      ? text(lang, "finding.who.press")
      : claim.who === "third-party"
        ? text(lang, "finding.who.thirdParty")
        : claim.lab;
  const stages =
    lang === "en"
      ? claim.stages.map((s) => s.toLowerCase()).join(", ")
      : claim.stages.map((s) => dataWord(lang, s)).join(text(lang, "list.separator"));
  const first =
    claim.gpuHours === null || claim.ratePerGpuHour === null
      ? say.claimNoHours({ who, amount, model: claim.model })
      : claim.rateStated
        ? say.claim({
            lab: claim.lab,
            amount,
            converted:
              claim.inEstimate === null || claim.inEstimate.currency === claim.amount.currency
                ? undefined
                : m(claim.inEstimate.low, claim.inEstimate.high, 4),
            hours,
            gpu: claim.gpu,
            rate: formatAmount(claim.ratePerGpuHour, { digits: 4, locale: lang }),
            stages,
          })
        : say.claimImplied({
            who,
            amount,
            model: claim.model,
            hours,
            gpu: claim.gpu,
            rate: formatAmount(claim.ratePerGpuHour, { digits: 3, locale: lang }),
            stages,
          });
  const total = claim.base?.withBaseUsd;
  return (
    first +
    (claim.base
      ? say.base({
          model: claim.base.model,
          ...(total == null
            ? {}
            : { total: formatAmount({ low: total, high: total, currency: "USD" }, { digits: 4, locale: lang }) }),
        })
      : "") +
    (claim.contested ? say.contested(claim.contested) : "")
  );
}
