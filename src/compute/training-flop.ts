import { positiveNumber } from "./check.js";
import { knownKeys } from "../validate/known-keys.js";

/**
 * FLOP per parameter per token of training: 2 for the forward pass (a multiply and an add per
 * weight), 4 for the backward pass. Kaplan et al. 2020, "Scaling Laws for Neural Language Models",
 * arXiv:2001.08361, §2.1 (C ≈ 6ND); the rule Epoch AI's database applies ("6 * 405B * 15.6T").
 */
export const FLOP_PER_PARAMETER_TOKEN = 6;

/**
 * Options of {@link trainingFlop}: active parameters and training tokens.
 *
 * @category Compute
 */
export interface TrainingFlopOptions {
  /** Parameters active per token: every parameter of a dense model; for a mixture of experts, those of the experts a token is routed to plus the shared layers (DeepSeek-V3: 37B of 671B). */
  readonly activeParams: number;
  /** Tokens trained on (DeepSeek-V3's pre-training: 14.8T). */
  readonly tokens: number;
}

/**
 * Training compute by the dense-transformer rule, FLOP: 6 × active parameters × tokens.
 * `trainingFlop({ activeParams: 37e9, tokens: 14.8e12 })` → 3.2856e24 (DeepSeek-V3's pre-training).
 *
 * What the rule leaves out, which matters more for a mixture of experts:
 * - attention over the context (about 6 × layers × context × width per token), small against the
 *   weights at 4K tokens but growing with context length;
 * - the router, and any extra heads (DeepSeek-V3's multi-token prediction module);
 * - recomputed activations, and work on padding or dropped tokens: real hardware does more than 6ND,
 *   which is why MFU counts the model's FLOP, not the hardware's;
 * - the total parameters: a mixture of experts holds 671B and computes with 37B per token, so its
 *   memory, communication (expert all-to-all) and hardware bill follow the total, the 6ND FLOP the active.
 *
 * @category Compute
 */
export function trainingFlop(options: TrainingFlopOptions): number {
  knownKeys(options, ["activeParams", "tokens"], "options");
  const { activeParams, tokens } = options;
  return FLOP_PER_PARAMETER_TOKEN * positiveNumber(activeParams, "activeParams") * positiveNumber(tokens, "tokens");
}
