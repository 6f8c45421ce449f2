import { derived } from "../data/csv-loader.js";
import { loadCases, type CaseRow } from "../data/load-cases.js";
import { loadCaseClaims, type CaseClaimRow } from "../data/load-case-claims.js";
import { durationHours, loadCaseStages, type CaseStageRow } from "../data/load-case-stages.js";
import { tableRows } from "../data/table-rows.js";
import { gpuIds } from "../gpu/catalog.js";
import type { Case, CaseStage } from "./case.js";
import { fail } from "./messages.js";
import { readClaim } from "./read-claim.js";

/**
 * The cases of the data files, by id, each assembled from its row of `data/cases.csv`, its stages
 * and its claims, and checked across the files: every stage and claim names a case, every base
 * case exists, every GPU is in `data/gpus.csv`, a claim counts only stages its case has. A broken
 * reference is refused by file, line and column (a row's line is its index + 2: no field holds a
 * line break). Rebuilt when a file changes.
 */
export const dataCases = derived(
  () => loadCases(),
  (table): ReadonlyMap<string, Case> => {
    const rows = tableRows<CaseRow>(table);
    const stages = tableRows<CaseStageRow>(loadCaseStages());
    const claims = tableRows<CaseClaimRow>(loadCaseClaims());
    return buildCases(rows, stages, claims);
  },
);

export function buildCases(
  rows: readonly CaseRow[],
  stageRows: readonly CaseStageRow[],
  claimRows: readonly CaseClaimRow[],
): ReadonlyMap<string, Case> {
  const ids = rows.map((r) => r.id);
  const gpus = gpuIds();
  const refer = (file: string, index: number, column: string, value: string, expected: string): never =>
    fail("caseReference", { file: `data/${file}`, line: index + 2, column, value, expected });
  rows.forEach((r, i) => {
    if (!gpus.includes(r.gpu)) refer("cases.csv", i, "gpu", r.gpu, `a GPU id in data/gpus.csv: ${gpus.join(", ")}`);
    if (r.base_case !== null && (!ids.includes(r.base_case) || r.base_case === r.id))
      refer("cases.csv", i, "base_case", r.base_case, "the id of another case in data/cases.csv");
  });
  stageRows.forEach((s, i) => {
    if (!ids.includes(s.case)) refer("case-stages.csv", i, "case", s.case, "the id of a case in data/cases.csv");
    if (!gpus.includes(s.gpu))
      refer("case-stages.csv", i, "gpu", s.gpu, `a GPU id in data/gpus.csv: ${gpus.join(", ")}`);
  });
  const stagesOf = (id: string): CaseStage[] =>
    stageRows
      .filter((s) => s.case === id)
      .map((s) => ({
        stage: s.stage,
        kind: s.kind,
        gpu: s.gpu,
        gpuCount: s.gpu_count,
        gpuHours: s.gpu_hours ?? s.gpu_count! * durationHours(s.duration!),
        hoursFrom: s.gpu_hours === null ? `${s.gpu_count} GPUs × ${s.duration}` : "as stated",
        source: s.source,
        quote: s.quote,
      }));
  claimRows.forEach((c, i) => {
    if (!ids.includes(c.case)) refer("case-claims.csv", i, "case", c.case, "the id of a case in data/cases.csv");
    const names = stagesOf(c.case).map((s) => s.stage);
    if (c.counts !== null && c.counts !== "all") {
      const bad = c.counts.split(" + ").find((n) => !names.includes(n));
      if (bad !== undefined)
        refer(
          "case-claims.csv",
          i,
          "counts",
          c.counts,
          `all, or stage names of ${c.case} joined by " + ": ${names.join(", ")}`,
        );
    }
  });
  return new Map(
    rows.map((r) => {
      const stages = stagesOf(r.id);
      const names = stages.map((s) => s.stage);
      const c: Case = {
        id: r.id,
        model: r.model,
        developer: r.developer,
        organization: r.organization,
        baseModel: r.base_model,
        baseCase: r.base_case,
        dataFrom: r.data_from,
        published: r.published.toISOString().slice(0, 10),
        gpu: r.gpu,
        runGpus: r.run_gpus,
        fleet:
          r.fleet_low === null
            ? null
            : { low: r.fleet_low, high: r.fleet_high!, source: r.fleet_source!, quote: r.fleet_quote },
        gpuHours: stages.length === 0 ? null : stages.reduce((t, s) => t + s.gpuHours, 0),
        hoursRange:
          r.hours_low === null ? null : { low: r.hours_low, high: r.hours_high!, source: r.hours_range_source! },
        stages,
        claims: claimRows.filter((c) => c.case === r.id).map((c) => readClaim(c, names)),
        source: r.source,
        quote: r.quote,
        from: "data/cases.csv",
      };
      return [r.id, Object.freeze(c)];
    }),
  );
}
