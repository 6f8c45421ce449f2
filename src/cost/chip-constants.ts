import { gpuSpec } from "../gpu/catalog.js";
import { epochPowerFraction, epochServerOverhead, epochServerPowerRatio, type EpochConstant } from "./epoch-keys.js";

/** The per-chip constants of the amortized view. */
export const chipConstantNames = ["serverPowerRatio", "serverOverhead", "powerFraction"] as const;
/** One of {@link chipConstantNames}. */
export type ChipConstantName = (typeof chipConstantNames)[number];

/**
 * Where this project keys a chip's constant on another chip's Epoch name, and why: a stated
 * choice, shown beside Epoch's literal value wherever the constant is shown. Only the H800's
 * server power today. An H800 is a cut-down H100: the same SXM5 board at the same 700 W TDP in
 * the same 8-GPU servers, with NVLink cut to 400 GB/s (data/gpus.csv), so the DGX H100's 10.2 kW
 * for 8 GPUs is the closest measured server; Epoch's code gives it the 1.8 of "any other GPU"
 * because its name, `NVIDIA H800 SXM5`, holds no "H100".
 */
export const PROJECT_KEYS: Readonly<Record<string, Partial<Record<ChipConstantName, { as: string; why: string }>>>> = {
  H800: {
    serverPowerRatio: {
      as: "H100",
      why: "an H800 is a cut-down H100 (the same SXM5 board at 700 W in the same 8-GPU servers, NVLink cut to 400 GB/s), so this project takes the DGX H100's server power",
    },
  },
};

/**
 * One per-chip constant of one GPU of the catalog: the value this project uses by default and
 * Epoch's own, each with its source.
 *
 * @category Cost views
 */
export interface ChipConstant {
  readonly name: ChipConstantName;
  /** The catalog's id (`H800`). */
  readonly gpu: string;
  /** The value the amortized view uses when the assumption is not set. */
  readonly value: number;
  /** `Epoch's` when it is Epoch's value for this chip, else `this project's choice`. */
  readonly whose: "Epoch's" | "this project's choice";
  /** Epoch's value for this chip (keyed on its own Epoch name), with the line that gives it. */
  readonly epoch: EpochConstant & { readonly hardware: string };
  /** Where the project keys another chip's name instead: that chip's Epoch value and the reason. */
  readonly project?: EpochConstant & { readonly hardware: string; readonly why: string };
}

const KEYS = {
  serverPowerRatio: epochServerPowerRatio,
  serverOverhead: epochServerOverhead,
  powerFraction: epochPowerFraction,
} as const;

/**
 * The per-chip constants of GPU `gpu` (an id of data/gpus.csv): Epoch's value, keyed on the chip's
 * name in Epoch's chip database as Epoch's code keys it, unless this project states another
 * choice ({@link PROJECT_KEYS}), which is then the value used and shown beside Epoch's.
 *
 * `chipConstant("A100", "serverPowerRatio").value` → 2.03125 (Epoch's DGX A100, (6.5 ÷ 8) ÷ 0.4);
 * `chipConstant("H800", "serverPowerRatio")` → 1.8214 this project's (the DGX H100's), Epoch's 1.8.
 */
export function chipConstant(gpu: string, name: ChipConstantName): ChipConstant {
  const hardware = gpuSpec(gpu).epochHardware;
  const epoch = { ...KEYS[name](hardware), hardware };
  const choice = PROJECT_KEYS[gpu]?.[name];
  if (!choice) return { name, gpu, value: epoch.value, whose: "Epoch's", epoch };
  const other = gpuSpec(choice.as).epochHardware;
  const project = { ...KEYS[name](other), hardware: other, why: choice.why };
  return { name, gpu, value: project.value, whose: "this project's choice", epoch, project };
}
