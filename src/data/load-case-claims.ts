import type { ColumnTable } from "arquero";
import { parseAmount } from "../amount/parse-amount.js";
import { currencies } from "../money/currency.js";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/**
 * Who says a figure:
 * - `lab-paper`: the lab's paper, report or post;
 * - `lab-staff`: the lab's staff, speaking for it;
 * - `press-unnamed`: the press, citing sources it does not name;
 * - `third-party`: someone else's estimate.
 */
export const claimants = ["lab-paper", "lab-staff", "press-unnamed", "third-party"] as const;

/** One of {@link claimants}. */
export type Claimant = (typeof claimants)[number];

/** How the figure prices the GPUs: `rental` (GPU-hours at a rental price, stated or implied) or `unknown`. */
export const claimBases = ["rental", "unknown"] as const;

/** The items of the checklist of what a claim counts (src/cases/checklist.ts), as `excludes` names them. */
export const checklistItems = [
  "finalRun",
  "experiments",
  "baseModel",
  "dataGeneration",
  "postTraining",
  "owning",
  "staff",
] as const;

/** One of {@link checklistItems}. */
export type ChecklistItem = (typeof checklistItems)[number];

/**
 * One row of `data/case-claims.csv`: a figure someone gave for a case's training, as written. A
 * case may have several (s1-32B: $6, $20 and under $50 for one run); its first row is the
 * headline the estimate compares with.
 *
 * @category Data
 */
export interface CaseClaimRow {
  readonly case: string;
  /** As written, read by the amount reader: `$5.576M`, `under $450`, `53.47万美元`. */
  readonly amount: string;
  readonly currency: string;
  readonly date: Date;
  /** Where it appeared: `DeepSeek-V3 Technical Report, Table 1`. */
  readonly where: string;
  readonly url: string;
  readonly who: Claimant;
  readonly basis: (typeof claimBases)[number];
  /** The rental price per GPU-hour the claim states, as written (`$2`), or `null`. */
  readonly rate: string | null;
  /** The case's stages the figure counts: `all`, stage names joined by ` + `, or `null` when the source does not say. */
  readonly counts: string | null;
  /** Checklist items the source says the figure leaves out, joined by ` + `, with its words in `excludes_quote`. */
  readonly excludes: string | null;
  readonly excludes_quote: string | null;
  /** For a figure the lab disowns: who says so, where, and their words. */
  readonly contested_by: string | null;
  readonly contested_url: string | null;
  readonly contested_quote: string | null;
  readonly quote: string;
}

const readsAs = (column: string) => (r: Readonly<Record<string, unknown>>) => {
  const text = r[column];
  if (text === null) return undefined;
  try {
    const a = parseAmount(text as string);
    if (!(currencies as readonly string[]).includes(a.unit))
      return { column, expected: "an amount of money as written: $5.576M, under $450, 53.47万美元" };
    if (column === "amount" && a.unit !== r.currency)
      return { column, expected: `an amount in ${String(r.currency)}, the row's currency` };
    return a.high > 0 ? undefined : { column, expected: "a positive amount" };
  } catch {
    return { column, expected: "an amount of money as written: $5.576M, under $450, 53.47万美元" };
  }
};

/** The columns of `data/case-claims.csv`: amounts the amount reader reads; evidence exactly for a contested claim. */
export const caseClaimsSchema: FileSchema = {
  file: "case-claims.csv",
  columns: [
    col.string("case"),
    col.string("amount"),
    col.currency("currency"),
    col.date("date"),
    col.string("where"),
    col.string("url"),
    col.enum("who", claimants),
    col.enum("basis", claimBases),
    col.string("rate", false),
    col.string("counts", false),
    col.string("excludes", false),
    col.string("excludes_quote", false),
    col.string("contested_by", false),
    col.string("contested_url", false),
    col.string("contested_quote", false),
    col.string("quote"),
  ],
  key: ["case", "amount", "where"],
  checks: [
    readsAs("amount"),
    readsAs("rate"),
    (r) =>
      typeof r.url === "string" && !/^https?:\/\//.test(r.url)
        ? { column: "url", expected: "an http(s) address" }
        : undefined,
    (r) => {
      if (r.excludes === null)
        return r.excludes_quote === null
          ? undefined
          : { column: "excludes", expected: "the items excludes_quote is evidence for" };
      const bad = (r.excludes as string).split(" + ").find((x) => !(checklistItems as readonly string[]).includes(x));
      if (bad !== undefined)
        return { column: "excludes", expected: `items joined by " + ", each one of ${checklistItems.join(", ")}` };
      return r.excludes_quote === null
        ? { column: "excludes_quote", expected: "the source's words for what it leaves out" }
        : undefined;
    },
    (r) => {
      const given = [r.contested_by, r.contested_url, r.contested_quote].filter((x) => x !== null).length;
      return given === 0 || given === 3
        ? undefined
        : {
            column: "contested_by",
            expected: "contested_by, contested_url and contested_quote all given (a contested claim) or all empty",
          };
    },
  ],
};

const read = csvLoader(caseClaimsSchema);

/**
 * The claims of the cases, as an Arquero table of {@link CaseClaimRow}s. Reads
 * `data/case-claims.csv` by default (cached); `path` reads another file, uncached.
 */
export function loadCaseClaims(path?: string): ColumnTable {
  return read(path);
}
