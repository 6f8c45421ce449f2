import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { GPU_PRICE_BOUNDS, RENTAL_RATE_BOUNDS } from "./plausible.js";
import { col, withinBounds, type FileSchema } from "./schema.js";

/** How precisely a price's date is known: most rows to the day; market reports to the month or year. */
const datePrecisions = ["day", "month", "year"] as const;

/** What one price is for: one GPU-hour (rental) or one GPU (purchase). */
const pricePer = ["gpu-hour", "gpu"] as const;

/**
 * How a price was offered:
 * - `on-demand`, `1-yr-committed`, `3-yr-committed`: cloud list prices per GPU-hour;
 * - `capacity-block`: a reserved block of GPU-hours (AWS EC2 Capacity Blocks);
 * - `market-report`: a level reported by an observer of the market, not one offer;
 * - `assumed-rental`: a price a lab assumed for its own cost figure (DeepSeek's $2), not a market price;
 * - `purchase`: a price to buy one GPU (see `purchase_scope`).
 */
const priceBases = [
  "on-demand",
  "1-yr-committed",
  "3-yr-committed",
  "capacity-block",
  "market-report",
  "assumed-rental",
  "purchase",
] as const;

/**
 * What a purchase price covers: `gpu`, one card; `server-share`, a whole 8-GPU server (DGX) ÷ 8,
 * with its CPUs, memory and NVSwitch; `board-share`, an 8-GPU board or system ÷ 8, contents not
 * stated; `estimate`, Epoch's own estimate, not a sale.
 */
const purchaseScopes = ["gpu", "server-share", "board-share", "estimate"] as const;

/**
 * One row of `data/hardware-prices.csv`: one dated price of one GPU model, with its provenance.
 *
 * @category Data
 */
export interface HardwarePriceRow {
  /** `epoch-hwp-<record>-<basis>` for a row of Epoch AI's database, or a slug. */
  readonly id: string;
  readonly date: Date;
  readonly date_precision: (typeof datePrecisions)[number];
  /** A `data/gpus.csv` id: H100, H800, A100, H20, A800. */
  readonly hardware: string;
  /** The model as the source names it (`NVIDIA H100 SXM5 80GB`). */
  readonly hardware_model: string;
  /** `SXM`, `PCIe`, `NVL`, `HGX` or `unspecified`, read from the name. */
  readonly form_factor: string;
  readonly per: (typeof pricePer)[number];
  readonly price_usd: number;
  readonly price_basis: (typeof priceBases)[number];
  /** Purchases only. */
  readonly purchase_scope: (typeof purchaseScopes)[number] | null;
  readonly provider: string | null;
  readonly location: string | null;
  readonly gpus_in_offer: number | null;
  /** The row's own source (for Epoch's rows, its `Price source` cell). */
  readonly source: string;
  /** The source's words or cells for the figure. */
  readonly quote: string;
  /** Remarks on the row: doubts, dates that differ from the snapshot they cite. */
  readonly note: string | null;
  /** For rows from Epoch AI's database: the repository, commit, file and 1-based record. */
  readonly dataset_repository: string | null;
  readonly dataset_commit: string | null;
  readonly dataset_file: string | null;
  readonly dataset_row: number | null;
}

/** The columns of `data/hardware-prices.csv`; `id` unique; prices > 0. */
const hardwarePricesSchema: FileSchema = {
  file: "hardware-prices.csv",
  columns: [
    col.string("id"),
    col.date("date"),
    col.enum("date_precision", datePrecisions),
    col.string("hardware"),
    col.string("hardware_model"),
    col.enum("form_factor", ["SXM", "PCIe", "NVL", "HGX", "unspecified"]),
    col.enum("per", pricePer),
    col.number("price_usd", { sign: "positive" }),
    col.enum("price_basis", priceBases),
    col.enum("purchase_scope", purchaseScopes, false),
    col.string("provider", false),
    col.string("location", false),
    col.number("gpus_in_offer", { sign: "positive", integer: true, required: false }),
    col.string("source"),
    col.string("quote"),
    col.string("note", false),
    col.string("dataset_repository", false),
    col.string("dataset_commit", false),
    col.string("dataset_file", false),
    col.number("dataset_row", { sign: "positive", integer: true, required: false }),
  ],
  key: ["id"],
  // the bounds of the assumptions' gpuPrice and rentalRate (./plausible.ts)
  checks: [
    withinBounds("price_usd", (r) =>
      r.per === "gpu-hour"
        ? { what: "a price per GPU-hour", bounds: RENTAL_RATE_BOUNDS, unit: "USD per GPU-hour" }
        : { what: "a price per GPU", bounds: GPU_PRICE_BOUNDS, unit: "USD per GPU" },
    ),
  ],
};

const read = csvLoader(hardwarePricesSchema);

/**
 * Dated rental and purchase prices of H100, H800, A100, H20 and A800 GPUs, as an Arquero table of
 * {@link HardwarePriceRow}s: the rows of Epoch AI's hardware price database for these GPUs
 * (training-cost-trends, `data/Hardware prices.csv` at commit 263c40a, one row per price it holds,
 * each with Epoch's own source), plus DeepSeek's assumed $2 and AWS's Capacity Block prices.
 * Reads `data/hardware-prices.csv` by default (read once, then cached); `path` reads another file,
 * uncached. Invalid data is an error naming the file, line and column.
 *
 * `loadHardwarePrices().filter("d.per === 'gpu-hour' && d.hardware === 'H800'")`
 */
export function loadHardwarePrices(path?: string): ColumnTable {
  return read(path);
}
