import assert from "node:assert/strict";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadElectricityPrices, type ElectricityPriceRow } from "../../src/data/load-electricity-prices.js";
import { electricityPriceIn, electricityYears } from "../../src/data/electricity-price.js";
import { EPOCH_COMMIT } from "../../src/cost/epoch-method.js";
import { dataPath } from "../../src/node/data-files.js";

const rows = () => loadElectricityPrices().objects() as ElectricityPriceRow[];

describe("data/load-electricity-prices", () => {
  it("loadElectricityPrices() gives Epoch AI's US industrial series, 2010–2025, one price a year", () => {
    assert.deepEqual(
      electricityYears(),
      Array.from({ length: 16 }, (_, i) => 2010 + i),
    );
    for (const r of rows()) {
      assert.equal(r.region, "US industrial average");
      assert.ok(r.usd_per_kwh > 0.05 && r.usd_per_kwh < 0.1, String(r.year));
    }
  });

  it("each price is the line of Epoch's energy_price() it cites, at the commit it names", () => {
    for (const r of rows()) {
      assert.equal(r.dataset_commit, EPOCH_COMMIT);
      assert.equal(r.dataset_file, "cost_analysis_standalone.py");
      // the quote is the code line: "2024: 0.0771," — year and price as in the row
      assert.equal(r.quote, `${r.year}: ${r.usd_per_kwh.toFixed(4)},`);
      // the lines run 469 (2010) to 484 (2025), one a year
      assert.equal(r.dataset_line, 469 + (r.year - 2010));
    }
  });

  it("electricityPriceIn(year): 2023 is $0.0806, 2024 is $0.0771, 2031 is not in the series", () => {
    assert.equal(electricityPriceIn(2023), 0.0806);
    assert.equal(electricityPriceIn(2024), 0.0771);
    assert.equal(electricityPriceIn(2031), undefined);
  });

  it("the file says where each year's source is unknown", () => {
    const text = readFileSync(dataPath("electricity-prices.csv"), "utf8");
    const y2024 = rows().find((r) => r.year === 2024)!;
    assert.match(y2024.source, /the source of this year's value is not named/);
    assert.match(text, /5d4a803/);
  });

  it("a price per kWh past the assumptions' bound ($10, over 100 times the 2023 average) is refused by file, line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "electricity-"));
    try {
      const lines = readFileSync(dataPath("electricity-prices.csv"), "utf8").split("\n");
      const file = join(dir, "electricity-prices.csv");
      // 2010's 0.0677 written in tenths of a cent
      writeFileSync(file, [lines[0], lines[1]!.replace(",0.0677,", ",67.7,"), ...lines.slice(2)].join("\n"));
      assert.throws(() => loadElectricityPrices(file), {
        message: `invalid ${file} line 2, column usd_per_kwh: "67.7" (expected a price per kWh of at most 10 USD per kWh: over 100 times the 2023 US industrial average of $0.0806, from the EIA via Epoch AI's energy.py)`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
