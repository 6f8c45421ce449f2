/**
 * data/frontier-selections.csv: the three selections of frontier models whose amortized costs a
 * cost trend is fitted to, each from the commit of Epoch AI's repository that made it:
 * - `paper`: the 41 models of Cottier et al. 2024, as `cost_analysis.ipynb` at the paper's commit
 *   printed their December-2023 costs (the printed output, seven digits, is the only record:
 *   `results/` is not in the repository), joined by their pandas index with the database there;
 * - `working`: the 61 models Epoch's working notebook `cost_analysis_streamlined.ipynb` costed
 *   without imputing hardware: `model_costs.csv`'s rows whose hardware the database at that commit
 *   gives (the notebook prints 61 and ten of the costs, which are checked);
 * - `model-costs`: all 82 rows of `model_costs.csv`, which an exploratory notebook wrote with the
 *   hardware of 21 models imputed (the most common of their year).
 */
import { records, writeCsv, type CsvRecord } from "./csv.js";
import {
  byDateThenModel,
  costLines,
  COSTS_FILE,
  EPOCH_REPOSITORY,
  flop,
  links,
  MODELS_FILE,
  slug,
} from "./frontier-models.js";

export const SELECTIONS_HEADER = [
  "selection",
  "id",
  "model",
  "organization",
  "publication_date",
  "training_compute_flop",
  "training_hardware",
  "hardware_imputed_by_epoch",
  "amortized_cost_usd",
  "cost_usd_as_of",
  "source",
  "quote",
  "dataset_repository",
  "dataset_commit",
  "dataset_file",
  "model_dataset_file",
  "model_dataset_index",
] as const;

interface NotebookCell {
  readonly cell_type: string;
  readonly execution_count?: number | null;
  readonly outputs?: readonly {
    readonly text?: string | string[];
    readonly data?: Record<string, string | string[]>;
  }[];
}

/** The text a notebook printed for the code cell with execution count `count` (Out[count]). */
export function printed(notebook: string, count: number, file: string): string {
  const nb = JSON.parse(notebook) as { cells: NotebookCell[] };
  const cell = nb.cells.find((c) => c.cell_type === "code" && c.execution_count === count);
  if (!cell) throw new Error(`${file} has no cell Out[${count}]`);
  return (cell.outputs ?? [])
    .map((o) => o.text ?? o.data?.["text/plain"] ?? "")
    .map((t) => (Array.isArray(t) ? t.join("") : t))
    .join("");
}

/** `1228    2.063058e+02` lines of a printed pandas Series: index, value, and the line as printed. */
export function seriesLines(text: string): { index: number; value: string; line: string }[] {
  return text
    .split("\n")
    .map((line) => ({ line, m: /^(\d+)\s+([-+0-9.e]+)$/.exec(line) }))
    .filter((x) => x.m)
    .map(({ line, m }) => ({ index: Number(m![1]), value: m![2]!, line }));
}

function row(
  selection: string,
  d: CsvRecord,
  cost: string,
  asOf: string,
  quote: string,
  commit: string,
  file: string,
  imputed: boolean,
): Record<string, string> {
  // the database named its first column System until 2025, Model since
  const name = d.Model ?? d.System!;
  return {
    selection,
    id: slug(name),
    model: name,
    organization: d.Organization!,
    publication_date: d["Publication date"]!,
    training_compute_flop: flop(d["Training compute (FLOP)"]!),
    training_hardware: d["Training hardware"]!,
    hardware_imputed_by_epoch: String(imputed),
    amortized_cost_usd: String(Number(cost)),
    cost_usd_as_of: asOf,
    source: links(d.Link!),
    quote,
    dataset_repository: EPOCH_REPOSITORY,
    dataset_commit: commit,
    dataset_file: file,
    model_dataset_file: MODELS_FILE,
    model_dataset_index: String(d.record - 1),
  };
}

export interface SelectionsInput {
  readonly paper: { commit: string; notebookFile: string; notebook: string; costsCell: number; models: string };
  readonly working: {
    commit: string;
    notebookFile: string;
    notebook: string;
    countCell: number;
    costsCell: number;
    costs: string;
    models: string;
  };
  readonly current: { commit: string; costs: string; models: string };
}

export function frontierSelections(input: SelectionsInput): string {
  // 1. the paper's 41: the printed costs, by pandas index into the database at the paper's commit
  const paperDb = records(input.paper.models);
  const paperRows = seriesLines(printed(input.paper.notebook, input.paper.costsCell, input.paper.notebookFile)).map(
    (p) => {
      const d = paperDb[p.index];
      if (!d) throw new Error(`${input.paper.notebookFile}: no database row ${p.index}`);
      return row("paper", d, p.value, "2023-12-01", p.line, input.paper.commit, input.paper.notebookFile, false);
    },
  );
  // 2. the working notebook's: model_costs.csv's rows whose hardware the database gives, checked
  //    against the count and the costs the notebook printed
  const byModel = (text: string) => new Map(records(text).map((r) => [r.Model!, r]));
  const workingDb = byModel(input.working.models);
  const workingCosts = costLines(input.working.costs);
  const working = workingCosts.filter((c) => (workingDb.get(c.Model!)?.["Training hardware"] ?? "") !== "");
  const count = printed(input.working.notebook, input.working.countCell, input.working.notebookFile).trim();
  if (String(working.length) !== count)
    throw new Error(`${input.working.notebookFile} printed ${count} costed models; the rule gives ${working.length}`);
  const workingIndex = records(input.working.models);
  for (const p of seriesLines(printed(input.working.notebook, input.working.costsCell, input.working.notebookFile))) {
    const model = workingIndex[p.index]?.Model;
    const cost = working.find((c) => c.Model === model);
    if (!cost || Number(Number(cost.Hardware_Capex_Energy_Cost).toExponential(6)) !== Number(p.value))
      throw new Error(
        `${input.working.notebookFile} printed ${p.line.trim()}; ${COSTS_FILE} has ${cost?.Hardware_Capex_Energy_Cost ?? "no row"}`,
      );
  }
  const workingRows = working.map((c) =>
    row(
      "working",
      workingDb.get(c.Model!)!,
      c.Hardware_Capex_Energy_Cost!,
      "2024-12-01",
      c.line,
      input.working.commit,
      COSTS_FILE,
      false,
    ),
  );
  // 3. model_costs.csv whole, at the current commit: the hardware of some imputed
  const currentDb = byModel(input.current.models);
  const currentRows = costLines(input.current.costs).map((c) => {
    const d = currentDb.get(c.Model!);
    if (!d) throw new Error(`model ${c.Model} is not in ${MODELS_FILE}`);
    return row(
      "model-costs",
      d,
      c.Hardware_Capex_Energy_Cost!,
      "2024-12-01",
      c.line,
      input.current.commit,
      COSTS_FILE,
      d["Training hardware"] === "",
    );
  });
  const rows = [paperRows, workingRows, currentRows].flatMap((rs) => [...rs].sort(byDateThenModel));
  return writeCsv(SELECTIONS_HEADER, rows);
}
