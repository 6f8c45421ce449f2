/**
 * Epoch AI's constants that depend on the chip or on the organisation, chosen as Epoch's code
 * chooses them: by a substring test on Epoch's hardware name (`"NVIDIA A100 SXM4 80 GB"`),
 * tested in order, or on the organisation's name. No table of names: a chip whose name holds
 * none of the tested words gets the last branch (the H800 SXM5 gets the "else" 1.8, since its name
 * holds no "H100").
 *
 * Every rule cites its lines of `cost_analysis_standalone.py` in Epoch's repository
 * (github.com/epoch-research/training-cost-trends) at commit 263c40a159307e917213d1dc433c617e47d55bfe,
 * with the line that returns the value, verbatim. Epoch's code is not copied: each rule is
 * written again here from what those lines do, and `test/cost/epoch-keys.test.ts` checks it on the
 * names Epoch's own functions were run on.
 */

import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";

/** One of Epoch's constants for one chip or organisation, and where Epoch's code gives it. */
export interface EpochConstant {
  readonly value: number;
  /** `cost_analysis_standalone.py:458 @ 263c40a`: the line that returns it. */
  readonly at: string;
  /** The line as Epoch wrote it, verbatim but for its indentation: `return (6.5 / 8) / 0.4`. */
  readonly line: string;
  /** The branch taken, in words: `"A100" in the hardware name`. */
  readonly rule: string;
}

const at = (line: number) => `cost_analysis_standalone.py:${line} @ 263c40a`;

/** A rule: the words whose presence selects it (every one, in order), its value, its line. */
interface Branch {
  readonly when: (name: string) => boolean;
  readonly rule: string;
  readonly value: number;
  readonly lineNo: number;
  readonly line: string;
}

const has = (word: string) => (name: string) => name.includes(word);
const always = () => true;

function pick(branches: readonly Branch[], name: string): EpochConstant {
  const b = branches.find((x) => x.when(name)) as Branch; // the last branch always matches
  return { value: b.value, at: at(b.lineNo), line: b.line, rule: b.rule };
}

/** `chip_to_server_power`, lines 441–462: TPUs by generation, then H100, A100, V100, else 1.8. */
const SERVER_POWER: readonly Branch[] = [
  {
    when: (n) => n.includes("TPU") && n.includes("v1"),
    rule: '"TPU" and "v1" in the hardware name',
    value: 2.93,
    lineNo: 447,
    line: "return 2.93",
  },
  {
    when: (n) => n.includes("TPU") && n.includes("v2"),
    rule: '"TPU" and "v2" in the hardware name',
    value: 1.64,
    lineNo: 449,
    line: "return 1.64",
  },
  {
    when: (n) => n.includes("TPU") && n.includes("v3"),
    rule: '"TPU" and "v3" in the hardware name',
    value: 1.47,
    lineNo: 451,
    line: "return 1.47",
  },
  { when: has("TPU"), rule: '"TPU" in the hardware name', value: 1.56, lineNo: 453, line: "return 1.56" },
  {
    when: has("H100"),
    rule: '"H100" in the hardware name (a DGX H100: 10.2 kW for 8 GPUs of 0.7 kW)',
    value: 10.2 / 8 / 0.7,
    lineNo: 456,
    line: "return (10.2 / 8) / 0.7",
  },
  {
    when: has("A100"),
    rule: '"A100" in the hardware name (a DGX A100: 6.5 kW for 8 GPUs of 0.4 kW)',
    value: 6.5 / 8 / 0.4,
    lineNo: 458,
    line: "return (6.5 / 8) / 0.4",
  },
  {
    when: has("V100"),
    rule: '"V100" in the hardware name (the mean of a DGX-2 and a DGX Station)',
    value: (10 / 16 / 0.3 + 1.5 / 4 / 0.3) / 2,
    lineNo: 460,
    line: "return ((10 / 16) / 0.3 + (1.5 / 4) / 0.3) / 2",
  },
  {
    when: always,
    rule: "any other GPU (the average of the ratios above)",
    value: 1.8,
    lineNo: 462,
    line: "return 1.8",
  },
];

/** `get_server_cost_overhead`, lines 410–419: A100, V100, P100, else the average 1.64. */
const OVERHEAD: readonly Branch[] = [
  { when: has("A100"), rule: '"A100" in the hardware name', value: 1.66, lineNo: 412, line: "return 1.66" },
  { when: has("V100"), rule: '"V100" in the hardware name', value: 1.69, lineNo: 414, line: "return 1.69" },
  { when: has("P100"), rule: '"P100" in the hardware name', value: 1.54, lineNo: 416, line: "return 1.54" },
  { when: always, rule: "any other chip (# average)", value: 1.64, lineNo: 419, line: "return 1.64" },
];

/** `server_TDP_fraction`, lines 432–439: 0.43 for TPUs, else 0.75. */
const POWER_FRACTION: readonly Branch[] = [
  { when: has("TPU"), rule: '"TPU" in the hardware name', value: 0.43, lineNo: 437, line: "return 0.43" },
  { when: always, rule: "any GPU", value: 0.75, lineNo: 439, line: "return 0.75" },
];

/** The organisations `power_usage_effectiveness` counts as hyperscalers (line 427), lower case. */
export const EPOCH_HYPERSCALERS = ["google", "deepmind", "microsoft", "amazon", "meta", "facebook"] as const;

/**
 * Server power per GPU over the chip's TDP, as Epoch's `chip_to_server_power` (lines 441–462)
 * keys it on the hardware name: H100 (10.2 ÷ 8) ÷ 0.7 = 1.8214, A100 (6.5 ÷ 8) ÷ 0.4 = 2.03125,
 * V100 1.6667, any other GPU 1.8 (the H800 SXM5, H200, H20 and A800 included), TPUs by generation.
 *
 * `epochServerPowerRatio("NVIDIA H800 SXM5").value` → 1.8
 */
export function epochServerPowerRatio(hardware: string): EpochConstant {
  return pick(SERVER_POWER, hardware);
}

/**
 * Server cost over the price of its chips, as Epoch's `get_server_cost_overhead` (lines 410–419)
 * keys it: A100 1.66, V100 1.69, P100 1.54, any other chip (the H100 and H800 included) 1.64.
 * Epoch applies it only to a price whose Notes say "single-unit", and to TPUs
 * ({@link epochOverheadApplies}); a DGX price per GPU already holds the server.
 *
 * `epochServerOverhead("NVIDIA A100 SXM4 80 GB").value` → 1.66
 */
export function epochServerOverhead(hardware: string): EpochConstant {
  return pick(OVERHEAD, hardware);
}

/** Average draw while training over server power, as Epoch's `server_TDP_fraction` (lines 432–439): 0.43 for TPUs, else 0.75. */
export function epochPowerFraction(hardware: string): EpochConstant {
  return pick(POWER_FRACTION, hardware);
}

/**
 * Power usage effectiveness, as Epoch's `power_usage_effectiveness` (lines 425–430) decides it:
 * 1.1 when the organisation's name, in lower case, contains google, deepmind, microsoft, amazon,
 * meta or facebook (a comma-joined list of organisations counts if any does); else 1.25.
 *
 * `epochPue("Microsoft").value` → 1.1; `epochPue("DeepSeek").value` → 1.25
 */
export function epochPue(organization: string): EpochConstant {
  const org = organization.toLowerCase();
  const hyperscaler = EPOCH_HYPERSCALERS.find((h) => org.includes(h));
  return hyperscaler
    ? {
        value: 1.1,
        at: at(429),
        line: "return 1.1",
        rule: `a hyperscaler ("${hyperscaler}" in the organisation's name)`,
      }
    : { value: 1.25, at: at(430), line: "return 1.25", rule: "any organisation that is not a hyperscaler" };
}

/**
 * Whether Epoch's pipeline multiplies a purchase price by the server overhead: when the price's
 * Notes say "single-unit" (any case; line 813, `if 'single-unit' in chosen_price_row['Notes'].lower():`),
 * and always for a TPU (line 794, whose price is a chip's). A DGX price per GPU (Notes "DGX …")
 * is used as it is: Epoch's price lookup prefers the earliest such row (lines 741–748).
 *
 * `epochOverheadApplies({ hardware: "NVIDIA A100 SXM4 80 GB", priceNotes: "DGX A100, 8 GPU" })` → false
 */
export function epochOverheadApplies({ hardware, priceNotes }: { hardware: string; priceNotes: string }): boolean {
  return hardware.includes("TPU") || priceNotes.toLowerCase().includes("single-unit");
}

/**
 * Options of {@link epochConstants}: the run as Epoch's database and price table describe it.
 *
 * @category Cost views
 */
export interface EpochConstantsOptions {
  /** Epoch's hardware name, as in its chip database: `"NVIDIA A100 SXM4 80 GB"`, `"NVIDIA H800 SXM5"`. */
  readonly hardware: string;
  /** The organisation (Epoch's `Organization` cell; several may be comma-joined): `"Microsoft"`, `"DeepSeek"`. */
  readonly organization: string;
  /**
   * The Notes of the purchase price used (Epoch's `Hardware prices.csv`): `"Single-unit price"`
   * gets the server overhead, `"DGX A100, 8 GPU"` does not.
   */
  readonly priceNotes: string;
}

/**
 * Epoch AI's per-chip and per-organisation constants for one run, as Epoch's code chooses them
 * (commit 263c40a), ready to pass to `amortizedCost`: the server power ratio and the draw by the
 * hardware name, the PUE by the organisation, and the server overhead by the hardware name when
 * the price's Notes say "single-unit" (or the chip is a TPU), else 1.
 *
 * @example
 * epochConstants({ hardware: "NVIDIA A100 SXM4 80 GB", organization: "Example Lab", priceNotes: "Single-unit price" });
 * // { serverPowerRatio: 2.03125, serverOverhead: 1.66, powerFraction: 0.75, pue: 1.25 }
 * amortizedCost({ gpuHours: 1e6, gpuPrice: 15_000, tdpWatts: 400, electricityPrice: 0.0832, ...epochConstants({ … }) });
 *
 * @category Cost views
 */
export function epochConstants(options: EpochConstantsOptions): {
  serverPowerRatio: number;
  serverOverhead: number;
  powerFraction: number;
  pue: number;
} {
  knownKeys(options, ["hardware", "organization", "priceNotes"], "options");
  const { hardware, organization, priceNotes } = options;
  for (const [name, value] of Object.entries({ hardware, organization, priceNotes })) {
    if (typeof value !== "string") fail("notString", { name, value });
  }
  if (hardware.length === 0) fail("notString", { name: "hardware", value: hardware, nonEmpty: true });
  return {
    serverPowerRatio: epochServerPowerRatio(hardware).value,
    serverOverhead: epochOverheadApplies({ hardware, priceNotes }) ? epochServerOverhead(hardware).value : 1,
    powerFraction: epochPowerFraction(hardware).value,
    pue: epochPue(organization).value,
  };
}
