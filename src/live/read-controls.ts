import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { assumptionNames } from "../assumptions/specs.js";
import { GpuCostError } from "../errors/error.js";
import { readSetValue } from "../input/set-value.js";

/** What the assumption boxes hold, read as the library reads them. */
export interface ControlsReading {
  /** Every box's value (`--set` rules), blank boxes left out: the state the URL hash keeps. */
  readonly overrides: Record<string, unknown>;
  /** The validated assumptions, when every box is valid. */
  readonly assumptions?: Assumptions;
  /** The library's message for each box it refuses, by assumption name. */
  readonly problems: Readonly<Record<string, string>>;
  /** A message that names no box (an unknown assumption in a shared link). */
  readonly problem?: string;
}

/**
 * The boxes' texts (by assumption name) read as `--set` reads them (`readSetValue`), each one
 * checked by `assumptions()` on its own, so that its message goes beside its box, then all
 * together. A blank box is the assumption's default.
 *
 * `readControls({ gpuCount: "2048", pue: "0.9" }).problems.pue` → `invalid pue: 0.9 (expected a number ≥ 1, …)`
 */
export function readControls(texts: Readonly<Record<string, string>>): ControlsReading {
  const overrides: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) if (text.trim() !== "") overrides[name] = readSetValue(text.trim());
  return readOverrides(overrides);
}

/** The same for overrides already read (a shared link's, a scenario's). */
export function readOverrides(overrides: Readonly<Record<string, unknown>>): ControlsReading {
  const problems: Record<string, string> = {};
  for (const [name, value] of Object.entries(overrides)) {
    if (!(assumptionNames as readonly string[]).includes(name)) continue;
    const message = refusal(() => assumptions({ [name]: value }));
    if (message !== undefined) problems[name] = message;
  }
  const copy = { ...overrides };
  if (Object.keys(problems).length > 0) return { overrides: copy, problems };
  let checked: Assumptions | undefined;
  const message = refusal(() => (checked = assumptions(copy)));
  if (message === undefined) return { overrides: copy, assumptions: checked!, problems };
  const field = fieldOf(message);
  return field ? { overrides: copy, problems: { [field]: message } } : { overrides: copy, problems, problem: message };
}

/** The library's message if `check` throws one of its errors; other errors are bugs and propagate. */
function refusal(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof GpuCostError) return error.message;
    throw error;
  }
}

/** The assumption a message of the form `invalid <name>: …` is about, if it names one. */
function fieldOf(message: string): string | undefined {
  const name = /^invalid (\w+)[:.[ ]/.exec(message)?.[1];
  return name !== undefined && (assumptionNames as readonly string[]).includes(name) ? name : undefined;
}
