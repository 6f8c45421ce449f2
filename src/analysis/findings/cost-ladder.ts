import type { ColumnTable } from "arquero";
import type { Estimate } from "../../assumptions/estimate.js";
import { ESTIMATE_FX_DATE } from "../../assumptions/prices-in.js";
import { assumptionSpecs } from "../../assumptions/specs.js";
import type { FleetAndStaffRow } from "../../data/load-fleet-and-staff.js";
import { rowsOf } from "../../data/rows-of.js";
import { formatAmount } from "../../amount/format-amount.js";
import { convertRange } from "../../fx/convert.js";
import { readLang, type Lang } from "../../i18n/lang.js";
import { amountText, countIn, percentIn, rangeText } from "../../i18n/numbers.js";
import { text } from "../../i18n/text.js";
import { moneyRange } from "../../money/money-range.js";
import type { HeadlineDraws } from "../headline/headline-rows.js";
import { shownProgramme } from "../headline/shown-programme.js";
import type { Claim } from "./claim.js";
import { ladderTextsIn } from "./texts.js";
import { lambertText } from "./findings.js";
import { DEFAULT_CASE } from "../../cases/default-case.js";
import { CLAIM_FIELDS } from "./claim.js";
import { ESTIMATE_FIELDS } from "../../assumptions/result-fields.js";
import { resultOf } from "../../validate/result-of.js";
import { knownKeys } from "../../validate/known-keys.js";

/** How far a step's figure can be trusted, as `data/fleet-and-staff.csv` grades figures, plus a scenario. */
export const ladderTags = ["reported", "estimate", "scenario", "contested"] as const;
export type LadderTag = (typeof ladderTags)[number];

/** The steps, in the order the ladder climbs. */
export const ladderSteps = ["reported", "finalRun", "programme", "staff", "fleet", "allIn", "capex"] as const;
export type LadderStep = (typeof ladderSteps)[number];

/**
 * One rung: a figure, what it counts, how far it can be trusted and where it comes from.
 *
 * @category Findings
 */
export interface LadderRow {
  readonly step: LadderStep;
  readonly label: string;
  readonly low: number;
  readonly high: number;
  /** The Monte Carlo median, for the steps it draws. */
  readonly median?: number;
  readonly currency: Estimate["currency"];
  readonly costText: string;
  readonly tag: LadderTag;
  /** The source in a few words, written in the chart beside the bar. */
  readonly source: string;
}

/**
 * The ladder, and the steps left out for want of data.
 *
 * @category Findings
 */
export interface CostLadder {
  readonly rows: readonly LadderRow[];
  /** Steps left out (their labels), and the note saying so. */
  readonly omitted: readonly string[];
  readonly note: string;
}

/**
 * Options of {@link costLadder}.
 *
 * @category Findings
 */
export interface CostLadderOptions {
  /** The claim's figures on fleet, spending and staff (`loadFleetAndStaff()`, or the rows for this claim); a step whose figure is missing is left out. */
  readonly figures?: ColumnTable | readonly FleetAndStaffRow[];
  /** The Monte Carlo's medians, for the steps it draws (`headlineDraws()`). */
  readonly draws?: HeadlineDraws;
  /** The language of the labels and sources: `"en"`, `"zh"` or `"ja"`. Defaults to `"en"`. */
  readonly lang?: Lang;
}

/** The share of development cost that R&D staff took in Epoch AI's four US models (`data/fleet-and-staff.csv`). */
const STAFF_SHARE_ID = "staff-share-epoch";

/**
 * From the reported figure to the fleet, one chart's rows: the figure as reported → the final run
 * re-costed (amortized) → with the experiments before it → with R&D staff (a scenario) → buying
 * the fleet's GPUs → all-in → the contested fleet spending. Each in the estimate's currency, tagged
 * reported, estimate, scenario or contested, with its source. A step whose data this claim lacks
 * (a staff share, a fleet spending figure) is left out, and `note` says so.
 *
 * Staff: development = compute ÷ (1 − s), with s the staff share (29–49%), low with low.
 *
 * `costLadder(estimate(), claimOf(estimate()), { figures: loadFleetAndStaff() }).rows.map((r) => r.step)`
 *
 * @category Findings
 */
export function costLadder(e: Estimate, claim: Claim, options: CostLadderOptions = {}): CostLadder {
  resultOf(e, ESTIMATE_FIELDS, "e", "estimate()");
  resultOf(claim, CLAIM_FIELDS, "claim", "claimOf()");
  knownKeys(options, ["figures", "draws", "lang"], "options");
  const { figures = [], draws = {} } = options;
  const lang = readLang(options.lang ?? "en", "options.lang");
  const say = ladderTextsIn(lang);
  const c = e.currency;
  const figureRows = rowsOf<FleetAndStaffRow>(figures, "figures");
  const row = (
    step: LadderStep,
    label: string,
    low: number,
    high: number,
    tag: LadderTag,
    source: string,
    median?: number,
  ): LadderRow => ({
    step,
    label,
    low,
    high,
    ...(median === undefined ? {} : { median }),
    currency: c,
    costText:
      step === "reported"
        ? formatAmount({ low, high, currency: c }, { digits: 4, locale: lang })
        : amountText(lang, low, high, c),
    tag,
    source,
  });
  const rows: LadderRow[] = [];
  const omitted: string[] = [];
  if (claim.inEstimate)
    rows.push(
      row(
        "reported",
        claim.who === "press-unnamed"
          ? say.claimed({ who: text(lang, "ladder.who.press") })
          : claim.who === "third-party"
            ? say.claimed({ who: text(lang, "ladder.who.thirdParty") })
            : say.reported({ lab: claim.lab }),
        claim.inEstimate.low,
        claim.inEstimate.high,
        "reported",
        say.sources.reported({ source: shortSource(claim.source, 2) }),
      ),
    );
  rows.push(
    row(
      "finalRun",
      say.finalRun(),
      e.amortized.low,
      e.amortized.high,
      "estimate",
      say.sources.finalRun(),
      draws.amortized?.p50,
    ),
  );
  const p = shownProgramme(e);
  const multiplier = countIn(lang, p.multiplier.low, p.multiplier.high);
  rows.push(
    row(
      "programme",
      say.programme({ multiplier }),
      p.low,
      p.high,
      p.lambert ? "estimate" : "scenario",
      p.lambert ? say.sources.programme({ source: lambertText(e.case.id, lang) }) : say.sources.programmeSet(),
      draws.programme?.p50,
    ),
  );
  const share = figureRows.find((r) => r.id === STAFF_SHARE_ID && r.unit === "fraction");
  if (share)
    rows.push(
      row(
        "staff",
        say.staff(),
        p.low / (1 - share.low),
        p.high / (1 - share.high),
        "scenario",
        say.sources.staff({
          share: `${rangeText(lang, percentIn(lang, share.low, 0).slice(0, -1), percentIn(lang, share.high, 0).slice(0, -1))}%`,
          source: shortSource(share.source, 1),
        }),
      ),
    );
  else omitted.push(say.staff());
  rows.push(
    row(
      "fleet",
      say.fleet(),
      e.purchase.low,
      e.purchase.high,
      "estimate",
      say.sources.fleet({ source: shortSource(assumptionSpecs.gpuPrice.source, 1) }),
    ),
  );
  rows.push(row("allIn", say.allIn(), e.purchase.allIn.low, e.purchase.allIn.high, "estimate", say.sources.allIn()));
  // data/fleet-and-staff.csv's spending is the article's lab's: the article's case's only
  const spending = e.case.id === DEFAULT_CASE ? figureRows.filter((r) => r.unit === "USD") : [];
  if (spending.length === 0) omitted.push(say.capex());
  for (const s of spending) {
    const value = convertRange(moneyRange(s.low, s.high, "USD"), c, { on: ESTIMATE_FX_DATE, rates: e.rates });
    rows.push(
      row(
        "capex",
        s.status === "contested" ? say.capex() : s.short_label,
        value.low,
        value.high,
        s.status,
        s.status === "contested"
          ? say.sources.capex({ source: shortSource(s.source, 1), against: shortSource(s.against_source ?? "", 1) })
          : shortSource(s.source, 1),
      ),
    );
  }
  return { rows, omitted, note: omitted.length > 0 ? say.omitted({ steps: omitted }) : "" };
}

/** A citation cut to its first `parts` comma-separated parts, without a URL: `SemiAnalysis`, `DeepSeek-AI, DeepSeek-V3 Technical Report`. */
function shortSource(source: string, parts: number): string {
  return source
    .split(/,\s*/)
    .filter((part) => !/^https?:/.test(part))
    .slice(0, parts)
    .join(", ")
    .trim();
}
