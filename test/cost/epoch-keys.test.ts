import assert from "node:assert/strict";
import { amortizedCost } from "../../src/cost/amortized.js";
import {
  epochConstants,
  epochOverheadApplies,
  epochPowerFraction,
  epochPue,
  epochServerOverhead,
  epochServerPowerRatio,
} from "../../src/cost/epoch-keys.js";
import { epochTrainingStart } from "../../src/cost/training-start.js";
import { electricityPriceIn } from "../../src/data/electricity-price.js";
import { throwsText } from "../throws-text.js";

describe("cost/epoch-keys", () => {
  // Each expected value was produced by calling Epoch's own function at commit 263c40a on the name
  // (research for issue 17: chip_to_server_power, get_server_cost_overhead, server_TDP_fraction,
  // power_usage_effectiveness imported from cost_analysis_standalone.py and run).
  it("epochServerPowerRatio(name) keys chip_to_server_power as Epoch's code does: a substring test, H100, A100, V100, else 1.8", () => {
    const cases: [string, number][] = [
      ["NVIDIA H100 SXM5 80GB", 10.2 / 8 / 0.7], // (10.2 kW ÷ 8) ÷ 0.7 kW = 1.8214285714285714
      ["NVIDIA H100 PCIe", 10.2 / 8 / 0.7],
      ["NVIDIA H800 SXM5", 1.8], // no "H100" in the name: the else branch
      ["NVIDIA H200 SXM", 1.8],
      ["NVIDIA HGX H20", 1.8],
      ["NVIDIA A100 SXM4 80 GB", 2.03125], // (6.5 ÷ 8) ÷ 0.4
      ["NVIDIA A800 SXM", 1.8], // no "A100" in the name
      ["NVIDIA Tesla V100 SXM2 32 GB", 1.6666666666666667], // ((10 ÷ 16) ÷ 0.3 + (1.5 ÷ 4) ÷ 0.3) ÷ 2
      ["NVIDIA Tesla P100 SXM2", 1.8],
      ["Google TPU v1", 2.93],
      ["Google TPU v2", 1.64],
      ["Google TPU v3", 1.47],
      ["Google TPU v4", 1.56],
    ];
    for (const [name, value] of cases) assert.equal(epochServerPowerRatio(name).value, value, name);
    const h800 = epochServerPowerRatio("NVIDIA H800 SXM5");
    assert.equal(h800.at, "cost_analysis_standalone.py:462 @ 263c40a");
    assert.equal(h800.line, "return 1.8");
    assert.equal(epochServerPowerRatio("NVIDIA A100 SXM4 80 GB").line, "return (6.5 / 8) / 0.4");
  });

  it("epochServerOverhead(name) keys get_server_cost_overhead: A100 1.66, V100 1.69, P100 1.54, else the average 1.64", () => {
    const cases: [string, number][] = [
      ["NVIDIA A100 SXM4 80 GB", 1.66],
      ["NVIDIA Tesla V100 SXM2 32 GB", 1.69],
      ["NVIDIA Tesla P100 SXM2", 1.54],
      ["NVIDIA H100 SXM5 80GB", 1.64], // no H100 key in Epoch's code: the average
      ["NVIDIA H800 SXM5", 1.64],
      ["NVIDIA A800 SXM", 1.64],
      ["Google TPU v4", 1.64],
    ];
    for (const [name, value] of cases) assert.equal(epochServerOverhead(name).value, value, name);
    assert.equal(epochServerOverhead("NVIDIA H100 SXM5 80GB").at, "cost_analysis_standalone.py:419 @ 263c40a");
  });

  it("epochPowerFraction(name): 0.43 for a TPU, 0.75 for any GPU (server_TDP_fraction)", () => {
    assert.equal(epochPowerFraction("Google TPU v3").value, 0.43);
    assert.equal(epochPowerFraction("NVIDIA H800 SXM5").value, 0.75);
  });

  it("epochPue(organization): 1.1 when a hyperscaler's name is in it, any case, any of a comma-joined list; else 1.25", () => {
    assert.equal(epochPue("Microsoft").value, 1.1);
    assert.equal(epochPue("Google DeepMind").value, 1.1);
    assert.equal(epochPue("Meta AI").value, 1.1);
    assert.equal(epochPue("OpenAI,Microsoft").value, 1.1);
    assert.equal(epochPue("DeepSeek").value, 1.25);
    assert.equal(epochPue("Example Lab").value, 1.25);
    assert.match(epochPue("Amazon").rule, /"amazon"/);
  });

  it("epochOverheadApplies: only a price whose Notes say single-unit, and a TPU's; a DGX price per GPU holds its server", () => {
    assert.equal(epochOverheadApplies({ hardware: "NVIDIA A100 SXM4 80 GB", priceNotes: "Single-unit price" }), true);
    assert.equal(epochOverheadApplies({ hardware: "NVIDIA A100 SXM4 80 GB", priceNotes: "DGX A100, 8 GPU" }), false);
    assert.equal(epochOverheadApplies({ hardware: "NVIDIA H800 SXM5", priceNotes: "" }), false);
    assert.equal(epochOverheadApplies({ hardware: "Google TPU v4", priceNotes: "" }), true);
  });

  it("epochConstants checks its options by name", () => {
    throwsText(
      () => epochConstants({ hardware: "NVIDIA H100 SXM5 80GB", organization: "Microsoft" } as never),
      "invalid priceNotes: undefined (expected a string)",
    );
    throwsText(
      () => epochConstants({ hardware: "", organization: "x", priceNotes: "" }),
      'invalid hardware: "" (expected a non-empty string)',
    );
    throwsText(
      () => epochConstants({ hardware: "x", organization: "x", priceNotes: "", pue: 1.1 } as never),
      "invalid options.pue: 1.1 (expected only the fields hardware, organization, priceNotes)",
    );
  });
});

/**
 * The oracle: Epoch AI's own pipeline, run at commit 263c40a on one model row and one purchase-price
 * row per case (research for issue 17, scripts/oracle_epoch_263c40a.py: Epoch's real chip table for
 * the TDP, then its `estimate_hardware_capex_energy(frontier, hardware_df, price_df)`, pandas 2.3.1).
 * The figures below are what Epoch's code printed; this project reaches them with `amortizedCost`,
 * Epoch's constants for the chip and organisation (`epochConstants`), Epoch's training-start rule,
 * and the electricity price of the publication year, as Epoch's code keys it.
 */
interface OracleCase {
  readonly name: string;
  readonly hardware: string;
  readonly tdpWatts: number;
  readonly organization: string;
  readonly published: string;
  /** GPUs × hours each = GPU-hours (the database's Hardware quantity × Training time (hours)). */
  readonly gpus: number;
  readonly hours: number;
  readonly price: number;
  readonly priceDate: string;
  readonly priceNotes: string;
  /** Whole days Epoch depreciates: from the acquisition (the price's date) to the training start its rule gives. */
  readonly days: number;
  /** Epoch's cost, USD, as its code printed it. */
  readonly epoch: number;
}

const ORACLE: readonly OracleCase[] = [
  {
    name: "A100, single-unit price, depreciated 264 days",
    hardware: "NVIDIA A100 SXM4 80 GB",
    tdpWatts: 400,
    organization: "Example Lab",
    published: "2022-06-01",
    gpus: 1024,
    hours: 976.5625,
    price: 15_000,
    priceDate: "2021-06-01",
    priceNotes: "Single-unit price",
    days: 264,
    epoch: 958875.063919668,
  },
  {
    name: "A100, single-unit price bought at publication, undepreciated",
    hardware: "NVIDIA A100 SXM4 80 GB",
    tdpWatts: 400,
    organization: "Example Lab",
    published: "2022-06-01",
    gpus: 1024,
    hours: 976.5625,
    price: 15_000,
    priceDate: "2022-06-01",
    priceNotes: "Single-unit price",
    days: 0,
    epoch: 1193838.608579901,
  },
  {
    name: "A100, a DGX price per GPU (no overhead), depreciated 264 days",
    hardware: "NVIDIA A100 SXM4 80 GB",
    tdpWatts: 400,
    organization: "Example Lab",
    published: "2022-06-01",
    gpus: 1024,
    hours: 976.5625,
    price: 24_875,
    priceDate: "2021-06-01",
    priceNotes: "DGX A100, 8 GPU",
    days: 264,
    epoch: 957975.9674699503,
  },
  {
    name: "H100 at a hyperscaler (PUE 1.1), single-unit, depreciated 245 days",
    hardware: "NVIDIA H100 SXM5 80GB",
    tdpWatts: 700,
    organization: "Microsoft",
    published: "2024-06-01",
    gpus: 4096,
    hours: 1464.84375,
    price: 30_000,
    priceDate: "2023-06-01",
    priceNotes: "Single-unit price",
    days: 245,
    epoch: 11282657.892428186,
  },
  {
    name: "H100 at a hyperscaler, single-unit bought at publication, undepreciated",
    hardware: "NVIDIA H100 SXM5 80GB",
    tdpWatts: 700,
    organization: "Microsoft",
    published: "2024-06-01",
    gpus: 4096,
    hours: 1464.84375,
    price: 30_000,
    priceDate: "2024-06-01",
    priceNotes: "Single-unit price",
    days: 0,
    epoch: 13888720.156236425,
  },
  {
    name: "H100 elsewhere (PUE 1.25), single-unit, depreciated 245 days",
    hardware: "NVIDIA H100 SXM5 80GB",
    tdpWatts: 700,
    organization: "Example Lab",
    published: "2024-06-01",
    gpus: 4096,
    hours: 1464.84375,
    price: 30_000,
    priceDate: "2023-06-01",
    priceNotes: "Single-unit price",
    days: 245,
    epoch: 11349012.079928186,
  },
  {
    name: "V100, single-unit, depreciated 224 days",
    hardware: "NVIDIA Tesla V100 SXM2 32 GB",
    tdpWatts: 300,
    organization: "Example Lab",
    published: "2020-06-01",
    gpus: 512,
    hours: 1953.125,
    price: 10_000,
    priceDate: "2019-06-01",
    priceNotes: "Single-unit price",
    days: 224,
    epoch: 660894.9442197117,
  },
];

const DAY_MS = 86_400_000;

describe("cost/epoch-keys: Epoch's own pipeline as the oracle (commit 263c40a), chips other than the H800", () => {
  for (const c of ORACLE) {
    it(`${c.name}: Epoch's code gives $${c.epoch.toLocaleString("en-US")}`, () => {
      // Epoch's training start: publication − int(training hours) − 60 days; a start before the
      // acquisition (the price's date) moves to it, and Epoch counts whole days (`.days`)
      const start = epochTrainingStart({ published: c.published, trainingHours: c.hours });
      const acquired = Date.parse(`${c.priceDate}T00:00:00Z`);
      const days = Math.max(0, Math.floor((Date.parse(start.at) - acquired) / DAY_MS));
      assert.equal(days, c.days);
      const trainingStart = new Date(acquired + days * DAY_MS).toISOString().slice(0, 10);
      const view = amortizedCost({
        gpuHours: c.gpus * c.hours,
        gpuPrice: c.price,
        tdpWatts: c.tdpWatts,
        // energy_price(pub_year): Epoch keys the electricity by the publication year
        electricityPrice: electricityPriceIn(Number(c.published.slice(0, 4)))!,
        valuation: "training-start",
        purchaseDate: c.priceDate,
        trainingStart,
        ...epochConstants({ hardware: c.hardware, organization: c.organization, priceNotes: c.priceNotes }),
      });
      const relative = view.low / c.epoch - 1;
      assert.ok(Math.abs(relative) <= 1e-12, `${view.low} against Epoch's ${c.epoch}: ${relative}`);
    });
  }

  it("worked by hand, the A100 undepreciated: $1,193,838.61", () => {
    // value: $15,000 × 1.66 = $24,900; × 0.14 · ln 10 ÷ 8,766 = 3.677411738753895e-5 per hour
    //   → $0.915676 a GPU-hour × 1,000,000 h = $915,675.52; ÷ 0.81 with the interconnect = $1,130,463.61
    // energy: 0.4 kW × (6.5 ÷ 8 ÷ 0.4 = 2.03125) × 0.75 × 1.25 = 0.76171875 kWh an hour × 1,000,000 h
    //   = 761,718.75 kWh × $0.0832 (2022, the publication year) = $63,375.00
    const capex = (15_000 * 1.66 * ((0.14 * Math.LN10) / 8766) * 1e6) / 0.81;
    const energy = 0.4 * 2.03125 * 0.75 * 1.25 * 1e6 * 0.0832;
    assert.ok(Math.abs(capex + energy - 1_193_838.608579901) < 1e-6);
  });
});
