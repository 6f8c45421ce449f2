import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/**
 * One row of `data/cases.csv`: a headline's model, who made it, what it builds on, and the
 * hardware behind it. Its stages are in `data/case-stages.csv`, its claims in `data/case-claims.csv`.
 *
 * @category Data
 */
export interface CaseRow {
  /** The id users type: `deepseek-v3`, `minimax-m1`. */
  readonly id: string;
  readonly model: string;
  /** The lab as it names itself: `DeepSeek-AI`. */
  readonly developer: string;
  /** The organisation as Epoch AI's database names it, which Epoch's PUE rule reads: `DeepSeek`, `Meta`. */
  readonly organization: string;
  /** The model it was trained from, or `null` for a model trained from scratch. */
  readonly base_model: string | null;
  /** The case of the base model, where this file has one (`deepseek-v3` for R1), else `null`. */
  readonly base_case: string | null;
  /** The model whose outputs made its training data (distillation), where the source names one. */
  readonly data_from: string | null;
  /** The source's words for where the data came from. */
  readonly data_from_quote: string | null;
  /** When the run's figures were published: the date the training-start rule counts back from. */
  readonly published: Date;
  /** A `data/gpus.csv` id. */
  readonly gpu: string;
  /** The GPUs the run used (its cluster): the training-start rule's divisor. */
  readonly run_gpus: number | null;
  /** The GPUs bought, for the purchase view, where a source gives a fleet; empty: the run's own GPUs. */
  readonly fleet_low: number | null;
  readonly fleet_high: number | null;
  readonly fleet_source: string | null;
  readonly fleet_quote: string | null;
  /** The range of the run's GPU-hours a source supports; empty: this project's stated judgement (src/cases/case-uncertainty.ts). */
  readonly hours_low: number | null;
  readonly hours_high: number | null;
  readonly hours_range_source: string | null;
  readonly source: string;
  readonly quote: string;
}

/**
 * The case the analysis takes when none is named: the headline the project started from, the
 * Nikkei article's DeepSeek-V3 (its figures are in the data files, not in code).
 */
export const DEFAULT_CASE = "deepseek-v3";

const together = (names: readonly string[]) => (r: Readonly<Record<string, unknown>>) => {
  const given = names.filter((n) => r[n] !== null).length;
  return given === 0 || given === names.length
    ? undefined
    : { column: names.find((n) => r[n] === null)!, expected: `${names.join(", ")} all given or all empty` };
};

/** The columns of `data/cases.csv`; `id` unique; the fleet's and the hours' columns all given or all empty. */
export const casesSchema: FileSchema = {
  file: "cases.csv",
  columns: [
    col.string("id"),
    col.string("model"),
    col.string("developer"),
    col.string("organization"),
    col.string("base_model", false),
    col.string("base_case", false),
    col.string("data_from", false),
    col.string("data_from_quote", false),
    col.date("published"),
    col.string("gpu"),
    col.number("run_gpus", { sign: "positive", integer: true, required: false }),
    col.number("fleet_low", { sign: "positive", integer: true, required: false }),
    col.number("fleet_high", { sign: "positive", integer: true, required: false }),
    col.string("fleet_source", false),
    col.string("fleet_quote", false),
    col.number("hours_low", { sign: "positive", required: false }),
    col.number("hours_high", { sign: "positive", required: false }),
    col.string("hours_range_source", false),
    col.string("source"),
    col.string("quote"),
  ],
  key: ["id"],
  ranges: [
    ["fleet_low", "fleet_high"],
    ["hours_low", "hours_high"],
  ],
  checks: [
    together(["data_from", "data_from_quote"]),
    together(["fleet_low", "fleet_high", "fleet_source", "fleet_quote"]),
    together(["hours_low", "hours_high", "hours_range_source"]),
    (r) =>
      typeof r.id === "string" && !/^[a-z0-9][a-z0-9.-]*$/.test(r.id)
        ? { column: "id", expected: "lower-case letters, digits, dots and hyphens, as users type it: deepseek-v3" }
        : undefined,
    (r) =>
      r.base_case !== null && r.base_model === null
        ? { column: "base_model", expected: "the base model named wherever base_case is given" }
        : undefined,
  ],
};

const read = csvLoader(casesSchema);

/**
 * The headline cases, as an Arquero table of {@link CaseRow}s. Reads `data/cases.csv` by default
 * (read once, then cached); `path` reads another file, uncached. Invalid data is an error naming
 * the file, line and column.
 */
export function loadCases(path?: string): ColumnTable {
  return read(path);
}
