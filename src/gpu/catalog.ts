import { fail } from "../errors/messages.js";
import { derived } from "../data/csv-loader.js";
import { tableRows } from "../data/table-rows.js";
import { loadGpus, type GpuRow } from "../data/load-gpus.js";

/**
 * One GPU's published specifications, from `data/gpus.csv` (dense TFLOPS, GB/s, W).
 *
 * @category Data
 */
export interface GpuSpec {
  readonly gpu: string;
  readonly name: string;
  /**
   * The name Epoch AI's code keys its per-chip constants on: the chip's name in Epoch's chip
   * database (`NVIDIA H800 SXM5`), or `name` where Epoch lists none.
   */
  readonly epochHardware: string;
  readonly bf16Tflops: number;
  /** Absent for GPUs without FP8 (A100, A800). */
  readonly fp8Tflops?: number;
  readonly memoryGb: number;
  readonly memoryBandwidthGbps: number;
  /** NVLink, total bidirectional per GPU: 900 for the H100, 400 for the H800. */
  readonly nvlinkGbps: number;
  /** Absent where no published value was read (H800). */
  readonly tdpW?: number;
  /** Absent where no launch day was found (A100 80GB, H20). */
  readonly launchDate?: Date;
  readonly source: string;
}

const catalog: () => ReadonlyMap<string, GpuSpec> = derived(
  loadGpus,
  (table) => new Map(tableRows<GpuRow>(table).map((row) => [row.gpu, toSpec(row)])),
);

/**
 * The catalog's GPU ids in file order: `["H100", "H800", "H20", "A100", "A800"]`.
 *
 * @example
 * gpuIds().includes("H800"); // true
 *
 * @category Data
 */
export function gpuIds(): string[] {
  return [...catalog().keys()];
}

/**
 * `gpuSpec("H800")` → the H800's specs (same BF16/FP8 TFLOPS and memory bandwidth as the H100,
 * NVLink 400 GB/s against 900). An unknown id is an error listing the known ones:
 * `unknown gpu: "H900" (expected one of H100, H800, H20, A100, A800)`.
 *
 * @category Data
 */
export function gpuSpec(id: string): GpuSpec {
  const spec = typeof id === "string" ? catalog().get(id) : undefined;
  if (!spec) fail("unknownEntry", { name: "gpu", value: id, known: gpuIds() });
  return spec;
}

function toSpec(row: GpuRow): GpuSpec {
  return Object.freeze({
    gpu: row.gpu,
    name: row.name,
    epochHardware: row.epoch_hardware ?? row.name,
    bf16Tflops: row.bf16_tflops,
    ...(row.fp8_tflops !== null && { fp8Tflops: row.fp8_tflops }),
    memoryGb: row.memory_gb,
    memoryBandwidthGbps: row.memory_bandwidth_gbps,
    nvlinkGbps: row.nvlink_gbps,
    ...(row.tdp_w !== null && { tdpW: row.tdp_w }),
    ...(row.launch_date !== null && { launchDate: row.launch_date }),
    source: row.source,
  });
}
