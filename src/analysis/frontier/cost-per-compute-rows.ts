import type { ColumnTable } from "arquero";
import { costPerCompute } from "../../compute/cost-per-compute.js";
import type { FrontierModelRow } from "../../data/load-frontier-models.js";
import { fail } from "../messages.js";
import type { Range } from "../../range/range.js";
import { moneyText } from "../../format/text.js";
import { rowsOf } from "../../data/rows-of.js";
import { knownKeys } from "../../validate/known-keys.js";

/**
 * One model's cost per 10^24 FLOP of training compute.
 *
 * @category The frontier
 */
export interface CostPerComputeRow {
  readonly id: string;
  readonly model: string;
  readonly organization: string;
  readonly date: Date;
  /** Training compute, FLOP (Epoch's database, the same figure for every row). */
  readonly flop: number;
  readonly costUsdLow: number;
  readonly costUsdHigh: number;
  readonly usdPer1e24FlopLow: number;
  readonly usdPer1e24FlopHigh: number;
  readonly usdPer1e24FlopText: string;
  readonly basis: string;
}

/**
 * Options of {@link costPerComputeRows}: costs of models Epoch did not cost.
 *
 * @category The frontier
 */
export interface CostPerComputeRowsOptions {
  /** Costs for models Epoch did not cost, by id: DeepSeek-V3 on this project's amortized view. */
  readonly extra?: readonly { readonly id: string; readonly costUsd: number | Range; readonly basis: string }[];
}

/**
 * Cost per unit of compute for every frontier model on one basis: amortized hardware + energy of the
 * final run ÷ (training FLOP ÷ 10^24), with the FLOP of Epoch's database throughout. Epoch's costs
 * are December-2024 USD; `extra` adds a model Epoch did not cost with its own basis named.
 *
 * GPT-4: $40.7M ÷ 21 (2.1e25 FLOP ÷ 1e24) = $1.94M per 10^24 FLOP.
 *
 * @example
 * showTable(costPerComputeRows(loadTable("frontier-models")));
 *
 * @category The frontier
 */
export function costPerComputeRows(
  frontier: ColumnTable | readonly FrontierModelRow[],
  options: CostPerComputeRowsOptions = {},
): CostPerComputeRow[] {
  knownKeys(options, ["extra"], "options");
  const { extra = [] } = options;
  const rows = rowsOf<FrontierModelRow>(frontier, "frontier");
  const byId = new Map(rows.map((r) => [r.id, r]));
  const costs = new Map<string, { cost: Range; basis: string }>();
  for (const r of rows) {
    if (r.amortized_cost_usd_dec2024 !== null) {
      const c = r.amortized_cost_usd_dec2024;
      costs.set(r.id, { cost: { low: c, high: c }, basis: "Epoch AI, amortized, December-2024 USD" });
    }
  }
  for (const e of extra) {
    if (!byId.has(e.id)) fail("unknownEntry", { name: "frontier model", value: e.id, known: rows.map((r) => r.id) });
    costs.set(e.id, {
      cost: typeof e.costUsd === "number" ? { low: e.costUsd, high: e.costUsd } : e.costUsd,
      basis: e.basis,
    });
  }
  return rows
    .filter((r) => costs.has(r.id))
    .map((r) => {
      const { cost, basis } = costs.get(r.id)!;
      const low = costPerCompute({ cost: cost.low, flop: r.training_compute_flop });
      const high = costPerCompute({ cost: cost.high, flop: r.training_compute_flop });
      return {
        id: r.id,
        model: r.model,
        organization: r.organization,
        date: r.publication_date,
        flop: r.training_compute_flop,
        costUsdLow: cost.low,
        costUsdHigh: cost.high,
        usdPer1e24FlopLow: low,
        usdPer1e24FlopHigh: high,
        usdPer1e24FlopText: moneyText(low, high, "USD"),
        basis,
      };
    });
}
