import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { formatAmount } from "../amount/format-amount.js";
import { isList } from "../validate/is-list.js";
import { knownKeys } from "../validate/known-keys.js";
import { fail } from "./messages.js";
import type { Case } from "./case.js";
import { allCases, caseOf, dataCase } from "./case-of.js";
import { baseChain } from "./chain.js";
import { checklist } from "./checklist.js";

/**
 * One row of {@link cases}: a case's headline claim, its run and what the claim counts.
 *
 * @category Cases
 */
export interface CaseSummaryRow {
  readonly id: string;
  readonly model: string;
  readonly developer: string;
  /** The headline claim as written, or "" for a case with none. */
  readonly claim: string;
  /** Who says it: `lab-paper`, `lab-staff`, `press-unnamed`, `third-party`; "" with no claim. */
  readonly who: string;
  /** `contested by …`, or "". */
  readonly contested: string;
  readonly gpu: string;
  readonly gpuCount: number | null;
  readonly gpuHours: number | null;
  /** The claim ÷ its GPU-hours, US dollars per GPU-hour: the rate it implies; `null` without both. */
  readonly impliedRateUsd: number | null;
  readonly baseModel: string;
  /** The claim with its bases' claims, `$5.87M` for R1; `unknown` where a base's cost is unknown. */
  readonly withBase: string;
  /** Items the claim counts, leaves out, and leaves unknown, comma-separated. */
  readonly counted: string;
  readonly notCounted: string;
  readonly unknown: string;
  readonly published: string;
  readonly source: string;
}

/** The rows of {@link cases}, for the notebooks and the command line. */
export function caseSummaryRows(list: readonly Case[] = allCases()): CaseSummaryRow[] {
  return list.map((c) => {
    const claim = c.claims[0];
    const lines = claim ? checklist(c, claim) : [];
    const items = (v: string) =>
      lines
        .filter((l) => l.counted === v)
        .map((l) => l.item)
        .join(", ");
    const chain = baseChain(c, dataCase);
    return {
      id: c.id,
      model: c.model,
      developer: c.developer,
      claim: claim?.text ?? "",
      who: claim?.who ?? "",
      contested: claim?.contested ? `contested by ${claim.contested.by}` : "",
      gpu: c.gpu,
      gpuCount: c.runGpus,
      gpuHours: c.gpuHours,
      impliedRateUsd:
        claim && c.gpuHours !== null && claim.amount.currency === "USD" ? claim.figure / c.gpuHours : null,
      baseModel: c.baseModel ?? "",
      withBase: !claim
        ? ""
        : chain.links.length === 1
          ? claim.text
          : chain.totalUsd === null
            ? "unknown"
            : formatAmount({ low: chain.totalUsd, high: chain.totalUsd, currency: "USD" }, { digits: 4 }),
      counted: items("counted"),
      notCounted: items("not counted"),
      unknown: items("unknown"),
      published: c.published,
      source: c.source,
    };
  });
}

/**
 * The headline cases, as an Arquero table of {@link CaseSummaryRow}s: each case's claim as written,
 * who says it (and who contests it), its GPU, GPUs and GPU-hours, the rate the claim implies, its
 * base model and the claim with its bases', and what the claim counts, leaves out and leaves
 * unknown. `ids` picks cases (an id of `data/cases.csv` or a case object), in that order;
 * by default every case of `data/cases.csv`.
 *
 * @example
 * cases().select("id", "claim", "impliedRateUsd", "withBase"); // deepseek-r1: $294K, 2, $5.87M
 *
 * @category Cases
 */
export function cases(options: { ids?: readonly unknown[] } = {}): ColumnTable {
  knownKeys(options, ["ids"], "options");
  if (options.ids !== undefined && !isList(options.ids))
    fail("notListOf", { name: "ids", value: options.ids, choices: allCases().map((c) => c.id) });
  const list = options.ids === undefined ? allCases() : options.ids.map((id, i) => caseOf(id, `options.ids[${i}]`));
  return aq.from(caseSummaryRows(list));
}
