/**
 * The metadata key under which the runner marks every notebook it writes, with the source it ran
 * (`"gpu_cost_lab": { "source": "02-buy.ipynb" }`), as papermill writes `metadata.papermill`: a
 * command replaces an existing notebook only if it carries the mark, never one it did not write
 * (a source notebook, or one of the user's own).
 */
export const RUNNER_MARK = "gpu_cost_lab";

/** Does the text of a notebook file carry {@link RUNNER_MARK}? False for anything that is not a notebook's JSON. */
export function hasRunnerMark(text: string): boolean {
  try {
    const notebook = JSON.parse(text) as { metadata?: Record<string, unknown> } | null;
    const mark = notebook?.metadata?.[RUNNER_MARK];
    return typeof mark === "object" && mark !== null;
  } catch {
    return false;
  }
}
