import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadHardwarePrices, type HardwarePriceRow } from "../../src/data/load-hardware-prices.js";
import { dataPath } from "../../src/node/data-files.js";
import { gpuIds } from "../../src/gpu/catalog.js";
import { EPOCH_COMMIT, EPOCH_REPOSITORY } from "../../src/cost/epoch-method.js";

const rows = () => loadHardwarePrices().objects() as HardwarePriceRow[];

describe("data/load-hardware-prices", () => {
  it("loadHardwarePrices() types all 298 rows: dates, positive prices, GPUs of the catalog, a source and a quote each", () => {
    assert.equal(rows().length, 298);
    for (const r of rows()) {
      assert.ok(r.date instanceof Date && r.price_usd > 0, r.id);
      assert.ok(gpuIds().includes(r.hardware), `${r.id}: ${r.hardware}`);
      assert.ok(r.source.length > 0 && r.quote.length > 0, r.id);
    }
  });

  it("a row is a purchase exactly when it is priced per GPU, and only purchases have a scope", () => {
    for (const r of rows()) {
      assert.equal(r.per === "gpu", r.price_basis === "purchase", r.id);
      assert.equal(r.purchase_scope !== null, r.price_basis === "purchase", r.id);
    }
  });

  it("every row from Epoch AI's database names its repository, commit, file and record, and its quote gives the price", () => {
    const epoch = rows().filter((r) => r.id.startsWith("epoch-hwp-"));
    assert.equal(epoch.length, 298 - 6);
    for (const r of epoch) {
      assert.deepEqual(
        [r.dataset_repository, r.dataset_commit, r.dataset_file],
        [EPOCH_REPOSITORY, EPOCH_COMMIT, "data/Hardware prices.csv"],
        r.id,
      );
      // the record number is in the id: epoch-hwp-438-on-demand is record 438
      assert.equal(r.dataset_row, Number(r.id.split("-")[2]), r.id);
      assert.ok(r.quote.includes(r.price_usd.toFixed(2)), `${r.id}: ${r.quote}`);
    }
    // the six rows from other sources carry no dataset columns
    for (const r of rows().filter((x) => !x.id.startsWith("epoch-hwp-"))) assert.equal(r.dataset_commit, null, r.id);
  });

  it("DeepSeek's own $2 is marked as the lab's assumption, not a market price", () => {
    const deepseek = rows().find((r) => r.id === "deepseek-v3-h800-assumed-rental")!;
    assert.deepEqual([deepseek.price_basis, deepseek.price_usd, deepseek.hardware], ["assumed-rental", 2, "H800"]);
  });

  it("a corrupted copy fails naming the file, line, column and value", () => {
    const dir = mkdtempSync(join(tmpdir(), "hardware-prices-"));
    try {
      const lines = readFileSync(dataPath("hardware-prices.csv"), "utf8").split("\n");
      const bad = join(dir, "hardware-prices.csv");
      // line 2's price (column 8) becomes text
      const cells = lines[1]!.split(",");
      cells[7] = "about 25k";
      writeFileSync(bad, [lines[0], cells.join(","), ...lines.slice(2)].join("\n"));
      assert.throws(() => loadHardwarePrices(bad), {
        message: `invalid ${bad} line 2, column price_usd: "about 25k" (expected a number)`,
      });
      // the bounds of the assumptions' gpuPrice: $24,875 per GPU written 2487500000 (a slipped point)
      cells[7] = "2487500000";
      writeFileSync(bad, [lines[0], cells.join(","), ...lines.slice(2)].join("\n"));
      assert.throws(() => loadHardwarePrices(bad), {
        message: `invalid ${bad} line 2, column price_usd: "2487500000" (expected a price per GPU of at most 10,000,000 USD per GPU: 250 times the $40,000 an H100 sells for at most, per aiwiki.ai)`,
      });
      // and of rentalRate: a GPU-hour at $0.001
      const hourly = lines.findIndex((l) => l.includes(",gpu-hour,"));
      const hour = lines[hourly]!.split(",");
      hour[7] = "0.001";
      writeFileSync(bad, [...lines.slice(0, hourly), hour.join(","), ...lines.slice(hourly + 1)].join("\n"));
      assert.throws(() => loadHardwarePrices(bad), {
        message: `invalid ${bad} line ${hourly + 1}, column price_usd: "0.001" (expected a price per GPU-hour of at least 0.01 USD per GPU-hour: 200 times below the $2 DeepSeek-V3's report assumes)`,
      });
      writeFileSync(bad, [lines[0], lines[1]!.replace(",gpu,", ",gpu-day,"), ...lines.slice(2)].join("\n"));
      assert.throws(() => loadHardwarePrices(bad), {
        message: `invalid ${bad} line 2, column per: "gpu-day" (expected one of gpu-hour, gpu)`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
