/**
 * data/frontier-models.csv from Epoch AI's files at one commit: every line of `model_costs.csv`
 * (the models Epoch costed) joined on `Model` with `data/All ML Systems - full view.csv`, plus the
 * extra models named (DeepSeek-V3, which Epoch did not cost), with the database's cells only.
 * Sorted by publication date, then model.
 */
import { records, writeCsv, type CsvRecord } from "./csv.js";

export const EPOCH_REPOSITORY = "https://github.com/epoch-research/training-cost-trends";
export const COSTS_FILE = "model_costs.csv";
export const MODELS_FILE = "data/All ML Systems - full view.csv";

/** `Deep Speech 2 (English)` → `deep-speech-2-english`. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
/** `"16.0"` → `"16"`; empty stays empty. */
export const num = (raw: string) => (raw === "" ? "" : String(Number(raw)));
const money2 = (raw: string) => (raw === "" ? "" : Number(raw).toFixed(2));
/** `5.18400000000001e+25` → `5.184e25`: twelve significant digits, the form the file keeps. */
export function flop(raw: string): string {
  const [mantissa, exponent] = Number(Number(raw).toPrecision(12)).toExponential().split("e") as [string, string];
  return `${mantissa}e${Number(exponent)}`;
}
/** The `Link` cell's addresses, joined " ; " (the cell may hold words between them). */
export const links = (cell: string) =>
  cell
    .split(/[\s,;]+/)
    .filter((u) => /^https?:\/\//.test(u))
    .join(" ; ");

export const FRONTIER_HEADER = [
  "id",
  "model",
  "organization",
  "publication_date",
  "training_compute_flop",
  "training_hardware",
  "hardware_imputed_by_epoch",
  "hardware_quantity",
  "training_time_hours",
  "training_chip_hours",
  "chip_hours_basis",
  "hardware_utilization_mfu",
  "compute_rank_when_published",
  "amortized_cost_usd_dec2024",
  "cloud_cost_usd_dec2024",
  "hardware_acquisition_cost_usd_dec2024",
  "epoch_db_cost_usd_dec2023",
  "in_model_costs",
  "source",
  "reference",
  "quote",
  "dataset_repository",
  "dataset_commit",
  "dataset_file",
  "model_dataset_file",
] as const;

/** The lines of `model_costs.csv` with their records: the quote of each costed row is its line. */
export function costLines(text: string): (CsvRecord & { line: string })[] {
  const lines = text.split("\n").filter((l) => l !== "");
  return records(text).map((r, i) => ({ ...r, line: lines[i + 1]! }) as CsvRecord & { line: string });
}

/** The database by model name. */
export function database(text: string): Map<string, CsvRecord> {
  return new Map(records(text).map((r) => [r.Model!, r]));
}

export function frontierModels(input: { costs: string; models: string; commit: string; extra: readonly string[] }): {
  rows: Record<string, string>[];
  csv: string;
} {
  const db = database(input.models);
  const row = (name: string, cost?: CsvRecord & { line: string }): Record<string, string> => {
    const d = db.get(name);
    if (!d) throw new Error(`model ${name} is not in ${MODELS_FILE}`);
    const q = d["Hardware quantity"]!;
    const t = d["Training time (hours)"]!;
    const ch = d["Training chip-hours"]!;
    const [chipHours, basis] =
      ch !== ""
        ? [num(ch), "epoch-chip-hours-field"]
        : q !== "" && t !== ""
          ? [String(Number(q) * Number(t)), "time-x-quantity"]
          : ["", ""];
    const cells = [
      "Training hardware",
      "Hardware quantity",
      "Training time (hours)",
      "Training chip-hours",
      "Training compute cost (2023 USD)",
    ];
    const quote = cost
      ? cost.line
      : cells
          .filter((k) => d[k] !== "")
          .map((k) => `${k}: ${d[k]}`)
          .join("; ");
    return {
      id: slug(name),
      model: name,
      organization: d.Organization!,
      publication_date: d["Publication date"]!,
      training_compute_flop: flop(d["Training compute (FLOP)"]!),
      training_hardware: d["Training hardware"]!,
      hardware_imputed_by_epoch: cost ? String(d["Training hardware"] === "") : "false",
      hardware_quantity: num(q),
      training_time_hours: num(t),
      training_chip_hours: chipHours,
      chip_hours_basis: basis,
      hardware_utilization_mfu: num(d["Hardware utilization (MFU)"]!),
      compute_rank_when_published: num(d["Compute rank when published"]!),
      amortized_cost_usd_dec2024: cost ? money2(cost.Hardware_Capex_Energy_Cost!) : "",
      cloud_cost_usd_dec2024: cost ? money2(cost.Cloud_Cost!) : "",
      hardware_acquisition_cost_usd_dec2024: cost ? money2(cost.Hardware_Acquisition_Cost!) : "",
      epoch_db_cost_usd_dec2023: d["Training compute cost (2023 USD)"]!.replace(/^\$/, ""),
      in_model_costs: String(Boolean(cost)),
      source: links(d.Link!),
      reference: d.Reference!,
      quote,
      dataset_repository: EPOCH_REPOSITORY,
      dataset_commit: input.commit,
      dataset_file: cost ? COSTS_FILE : MODELS_FILE,
      model_dataset_file: MODELS_FILE,
    };
  };
  const rows = [...costLines(input.costs).map((c) => row(c.Model!, c)), ...input.extra.map((m) => row(m))].sort(
    byDateThenModel,
  );
  return { rows, csv: writeCsv(FRONTIER_HEADER, rows) };
}

/** By publication date, then model name (code-unit order). */
export function byDateThenModel(a: Record<string, string>, b: Record<string, string>): number {
  return compare(a.publication_date!, b.publication_date!) || compare(a.model!, b.model!);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
