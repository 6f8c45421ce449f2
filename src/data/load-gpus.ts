import type { ColumnTable } from "arquero";
import { csvLoader } from "./csv-loader.js";
import { col, type FileSchema } from "./schema.js";

/**
 * One row of `data/gpus.csv`: a GPU's published specifications (SXM parts).
 * TFLOPS are dense, i.e. without 2:4 sparsity (NVIDIA's tables list the with-sparsity figure;
 * dense is half of it). Bandwidths in GB/s. The catalog holds published specs only: the
 * article's "H800 computes at half the H100's speed" is an assumption elsewhere, not a spec.
 *
 * @category Data
 */
export interface GpuRow {
  /** `H100`, `H800`, `H20`, `A100`, `A800` */
  readonly gpu: string;
  readonly name: string;
  /**
   * The chip's name in Epoch AI's chip database (`data/Chip dataset-Grid view.csv` at commit
   * 263c40a), the name Epoch's code keys its per-chip constants on (`NVIDIA H800 SXM5`); `null`
   * where Epoch lists no such chip, and then `name` is keyed instead.
   */
  readonly epoch_hardware: string | null;
  readonly bf16_tflops: number;
  /** `null` for GPUs without FP8 (Ampere: A100, A800). */
  readonly fp8_tflops: number | null;
  readonly memory_gb: number;
  readonly memory_bandwidth_gbps: number;
  /** NVLink, total bidirectional per GPU. */
  readonly nvlink_gbps: number;
  /** `null` where no published value was read (H800). */
  readonly tdp_w: number | null;
  /** `null` where no day was found (A100 80GB, H20). */
  readonly launch_date: Date | null;
  readonly source: string;
  readonly quote: string;
}

/**
 * The columns of `data/gpus.csv`; `gpu` unique. Optional, because some parts lack them:
 * `fp8_tflops` (no FP8 on Ampere), `tdp_w` (H800: no datasheet value read), `launch_date`.
 */
export const gpusSchema: FileSchema = {
  file: "gpus.csv",
  columns: [
    col.string("gpu"),
    col.string("name"),
    col.string("epoch_hardware", false),
    col.number("bf16_tflops", { sign: "positive" }),
    col.number("fp8_tflops", { sign: "positive", required: false }),
    col.number("memory_gb", { sign: "positive" }),
    col.number("memory_bandwidth_gbps", { sign: "positive" }),
    col.number("nvlink_gbps", { sign: "positive" }),
    col.number("tdp_w", { sign: "positive", required: false }),
    col.date("launch_date", false),
    col.string("source"),
    col.string("quote"),
  ],
  key: ["gpu"],
};

const read = csvLoader(gpusSchema);

/**
 * The GPU catalog as an Arquero table of {@link GpuRow}s. Reads `data/gpus.csv` by default
 * (read once, then cached); `path` reads another file, uncached. `gpuSpec()` (src/gpu/catalog.ts)
 * gives one GPU as a typed object.
 */
export function loadGpus(path?: string): ColumnTable {
  return read(path);
}
