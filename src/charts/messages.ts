/**
 * The messages of the chart builders (src/charts/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";
import { messages as uncertaintyMessages } from "../uncertainty/messages.js";

export const messages = {
  /** `invalid costs: [] (expected a non-empty list of run costs, from runCosts())` */
  notRunCosts: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of run costs, from runCosts()"),
  /** `invalid fit: {} (expected a frontier trend, from frontierTrend())` */
  notFrontierTrend: (d: { name: string; value: unknown }) => invalid(d, "a frontier trend, from frontierTrend()"),
  /** `invalid ladder: {} (expected a cost ladder with at least one row, from costLadder())` */
  notCostLadder: (d: { name: string; value: unknown }) =>
    invalid(d, "a cost ladder with at least one row, from costLadder()"),
  /** `no reported target: the case claims no figure (expected target: "rental")` */
  noClaimTarget: (_d: Record<string, never>) =>
    'no reported target: the case claims no figure (expected target: "rental")',
  /** `invalid rows: [] (expected a non-empty list of case rows, from caseRows())` */
  notCaseRows: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of case rows, from caseRows()"),
  /** `invalid rows: [] (expected a non-empty list of fleet rows, from fleetRows())` */
  notFleetRows: (d: { name: string; value: unknown }) => invalid(d, "a non-empty list of fleet rows, from fleetRows()"),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages & typeof uncertaintyMessages> = failer(
  messages,
  valueMessages,
  uncertaintyMessages,
);
