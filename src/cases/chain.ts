import type { Case } from "./case.js";
import { headlineClaim } from "./case.js";

/**
 * A case's claim added to what its base model's claims give, down the chain: DeepSeek-R1's $294K on
 * DeepSeek-V3's $5.576M. Each link's figure is its headline claim (the bound of `under $450`).
 *
 * @category Cases
 */
export interface BaseChain {
  /** From the case down: `[{ id: "deepseek-r1", model, figure: 294000 }, { id: "deepseek-v3", … }]`. */
  readonly links: readonly { readonly id: string | null; readonly model: string; readonly figure: number | null }[];
  /** The links' sum in US dollars, or `null` when any figure is unknown (a base without a case or a claim): never 0. */
  readonly totalUsd: number | null;
}

/**
 * The chain of `c`'s claim and its bases' (`byId` finds a base's case). A model trained from scratch
 * is a chain of one; a base with no case here (Qwen2.5-32B-Instruct) is a link of unknown cost.
 */
export function baseChain(c: Case, byId: (id: string) => Case | undefined): BaseChain {
  const links: { id: string | null; model: string; figure: number | null }[] = [];
  let current: Case | undefined = c;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const claim = headlineClaim(current);
    links.push({
      id: current.id,
      model: current.model,
      figure: claim && claim.amount.currency === "USD" ? claim.figure : null,
    });
    if (current.baseModel === null) break;
    const base: Case | undefined = current.baseCase === null ? undefined : byId(current.baseCase);
    if (!base) {
      links.push({ id: null, model: current.baseModel, figure: null });
      break;
    }
    current = base;
  }
  const known = links.every((l) => l.figure !== null);
  return { links, totalUsd: known ? links.reduce((t, l) => t + l.figure!, 0) : null };
}
