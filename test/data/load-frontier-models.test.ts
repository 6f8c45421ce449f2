import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { splitCsvLine } from "../../src/data/parse-csv.js";
import {
  loadFrontierModels,
  EPOCH_COSTS_FILE,
  EPOCH_MODELS_FILE,
  type FrontierModelRow,
} from "../../src/data/load-frontier-models.js";
import { dataPath } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";

const rows = () => loadFrontierModels().objects() as FrontierModelRow[];
const model = (id: string) => {
  const r = rows().find((x) => x.id === id);
  assert.ok(r, `no model ${id} in data/frontier-models.csv`);
  return r;
};
const COMMIT = "263c40a159307e917213d1dc433c617e47d55bfe";
const cents = (x: number) => Math.round(x * 100) / 100;

/** The fields of one CSV line; the test's own reading of a quote. */
const fields = (line: string): string[] => {
  const split = splitCsvLine(line);
  if (!split.ok) throw new Error(split.problem);
  return split.fields;
};

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "gpu-cost-lab-frontier-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of data/frontier-models.csv with the cell at 1-based `line` and `column` set to `value`. */
function corrupted(line: number, edits: Record<string, string>): string {
  const lines = readFileSync(dataPath("frontier-models.csv"), "utf8").trimEnd().split("\n");
  const header = fields(lines[0] as string);
  const cells = fields(lines[line - 1] as string);
  for (const [column, value] of Object.entries(edits)) cells[header.indexOf(column)] = value;
  lines[line - 1] = cells.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
  const path = join(dir, `${Math.random().toString(36).slice(2)}-frontier-models.csv`);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

describe("data/load-frontier-models", () => {
  it("loadFrontierModels() reads 83 models with typed columns: 82 Epoch costed, and DeepSeek-V3", () => {
    const all = rows();
    assert.equal(all.length, 83);
    assert.equal(all.filter((r) => r.in_model_costs).length, 82);
    for (const r of all) {
      assert.ok(r.publication_date instanceof Date);
      assert.equal(typeof r.training_compute_flop, "number");
      assert.equal(typeof r.hardware_imputed_by_epoch, "boolean");
    }
    const v3 = model("deepseek-v3");
    assert.equal(v3.in_model_costs, false);
    assert.equal(v3.amortized_cost_usd_dec2024, null);
    assert.equal(v3.training_hardware, "NVIDIA H800 SXM5");
  });

  it("every row carries its provenance: Epoch's repository, the commit, the files, and the model's own source", () => {
    for (const r of rows()) {
      assert.equal(r.dataset_repository, "https://github.com/epoch-research/training-cost-trends", r.id);
      assert.equal(r.dataset_commit, COMMIT, r.id);
      assert.equal(r.dataset_file, r.in_model_costs ? EPOCH_COSTS_FILE : EPOCH_MODELS_FILE, r.id);
      assert.equal(r.model_dataset_file, EPOCH_MODELS_FILE, r.id);
      assert.ok(r.source.length > 0 && r.quote.length > 0, r.id);
    }
  });

  it("every cost Epoch computed is its model_costs.csv line, quoted verbatim, rounded to cents", () => {
    // model_costs.csv columns: Model, Cloud_Cost, Hardware_Acquisition_Cost, Hardware_Capex_Energy_Cost
    for (const r of rows().filter((x) => x.in_model_costs)) {
      const [name, cloud, acquisition, amortized, ...rest] = fields(r.quote);
      assert.deepEqual(rest, [], r.id);
      assert.equal(name, r.model, r.id);
      const cost = (text: string | undefined) => (text === "" || text === undefined ? null : cents(Number(text)));
      assert.equal(cost(cloud), r.cloud_cost_usd_dec2024, `${r.id} cloud`);
      assert.equal(cost(acquisition), r.hardware_acquisition_cost_usd_dec2024, `${r.id} acquisition`);
      assert.equal(cost(amortized), r.amortized_cost_usd_dec2024, `${r.id} amortized`);
    }
  });

  it("DeepSeek-V3's figures are the database cells its quote holds: H800 SXM5, 2,048 chips, 2,788,000 chip-hours, $5.39M", () => {
    const v3 = model("deepseek-v3");
    assert.equal(
      v3.quote,
      `Training hardware: ${v3.training_hardware}; Hardware quantity: ${v3.hardware_quantity}.0; Training chip-hours: ${v3.training_chip_hours}.0; Training compute cost (2023 USD): $${(v3.epoch_db_cost_usd_dec2023 as number).toFixed(2)}`,
    );
  });

  it("GPT-4: 25,000 A100 × 2,280 h = 57,000,000 chip-hours; amortized $40,695,706.40 (Dec-2024 USD) as Epoch computed it", () => {
    const gpt4 = model("gpt-4");
    // 25,000 × 2,280 h = 57,000,000 chip-hours
    assert.equal((gpt4.hardware_quantity as number) * (gpt4.training_time_hours as number), gpt4.training_chip_hours);
    assert.equal(gpt4.training_chip_hours, 57_000_000);
    assert.equal(gpt4.amortized_cost_usd_dec2024, 40_695_706.4);
  });

  it("chip-hours from time × quantity are exactly that product; Epoch imputed hardware exactly where the database has none", () => {
    for (const r of rows()) {
      assert.equal(r.hardware_imputed_by_epoch, r.training_hardware === null, r.id);
      if (r.chip_hours_basis === "time-x-quantity") {
        assert.ok(
          Math.abs(
            (r.training_time_hours as number) * (r.hardware_quantity as number) - (r.training_chip_hours as number),
          ) < 1e-6,
        );
      }
    }
  });

  describe("a corrupted copy fails naming the file, line, column and value", () => {
    // line 3 is DeepSpeech2 (English): GTX TITAN X, 16 chips, 120 h, 1,920 chip-hours from the database field
    it("a cost written with thousands separators", () => {
      const path = corrupted(3, { amortized_cost_usd_dec2024: "1,206.86" });
      throwsText(
        () => loadFrontierModels(path),
        `invalid ${path} line 3, column amortized_cost_usd_dec2024: "1,206.86" (expected a number)`,
      );
    });

    it("a flag that is not true or false", () => {
      const path = corrupted(3, { in_model_costs: "yes" });
      throwsText(
        () => loadFrontierModels(path),
        `invalid ${path} line 3, column in_model_costs: "yes" (expected true or false)`,
      );
    });

    it("hardware marked imputed while the database names it", () => {
      const path = corrupted(3, { hardware_imputed_by_epoch: "true" });
      throwsText(
        () => loadFrontierModels(path),
        `invalid ${path} line 3, column hardware_imputed_by_epoch: "true" (expected true exactly when training_hardware is empty)`,
      );
    });

    it("chip-hours that are not time × quantity", () => {
      // 120 h × 16 chips = 1,920 chip-hours, not 2,000
      const path = corrupted(3, { chip_hours_basis: "time-x-quantity", training_chip_hours: "2000" });
      throwsText(
        () => loadFrontierModels(path),
        `invalid ${path} line 3, column training_chip_hours: "2000" (expected training_time_hours × hardware_quantity = 1920 for chip_hours_basis time-x-quantity)`,
      );
    });

    it("a costed model without its amortized cost, and a cost in the wrong file", () => {
      const missing = corrupted(3, { amortized_cost_usd_dec2024: "" });
      throwsText(
        () => loadFrontierModels(missing),
        `invalid ${missing} line 3, column amortized_cost_usd_dec2024: "" (expected a cost exactly when in_model_costs is true)`,
      );
      const file = corrupted(3, { dataset_file: "model_costs_updated.csv" });
      throwsText(
        () => loadFrontierModels(file),
        `invalid ${file} line 3, column dataset_file: "model_costs_updated.csv" (expected model_costs.csv for in_model_costs true)`,
      );
    });

    it("a commit that is not a git commit, an MFU above 1, a duplicate id", () => {
      const commit = corrupted(3, { dataset_commit: "263c40a" });
      throwsText(
        () => loadFrontierModels(commit),
        `invalid ${commit} line 3, column dataset_commit: "263c40a" (expected a git commit, 40 hexadecimal digits)`,
      );
      const mfu = corrupted(3, { hardware_utilization_mfu: "44.84" });
      throwsText(
        () => loadFrontierModels(mfu),
        `invalid ${mfu} line 3, column hardware_utilization_mfu: "44.84" (expected a fraction in (0, 1])`,
      );
      const twice = corrupted(3, { id: "inception-v3" });
      throwsText(
        () => loadFrontierModels(twice),
        `duplicate id in ${twice} line 3: "inception-v3" (first on line 2; expected each id once)`,
      );
    });
  });
});
