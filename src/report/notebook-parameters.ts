/**
 * The assumptions' overrides as the notebooks' parameters cells name them: the same names, but
 * `case`, a reserved word of JavaScript that no `const` can take, is the notebooks' `caseId`
 * (`--case minimax-m1` injects `const caseId: string | object = "minimax-m1";`).
 */
const NOTEBOOK_NAMES: Readonly<Record<string, string>> = { case: "caseId" };

/** `{ case: "minimax-m1", gpuCount: 512 }` → `{ caseId: "minimax-m1", gpuCount: 512 }`, in the same order. */
export function notebookParameters(overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(overrides).map(([k, v]) => [NOTEBOOK_NAMES[k] ?? k, v]));
}
