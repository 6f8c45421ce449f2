import { closest, distance } from "fastest-levenshtein";
import type { Case } from "./case.js";
import { dataCases } from "./data-cases.js";
import { DEFAULT_CASE } from "./default-case.js";
import { fail } from "./messages.js";
import { caseFromObject } from "./case-object.js";

const checked = new WeakSet<object>();

/** Was `value` returned by {@link caseOf} (a case already checked)? */
export function isCase(value: unknown): value is Case {
  return typeof value === "object" && value !== null && checked.has(value);
}

/**
 * The case `value` names: an id of `data/cases.csv` (`"minimax-m1"`), a case object a user wrote
 * (checked by `caseFromObject`, the same door as `--case-file`), or a case already checked.
 * `undefined` is the default case, DeepSeek-V3. An unknown id is refused with the known ones and
 * the closest.
 */
export function caseOf(value: unknown, name = "case"): Case {
  if (value === undefined) return caseOf(DEFAULT_CASE, name);
  if (isCase(value)) return value;
  if (typeof value === "string") {
    const found = dataCases().get(value);
    if (found) {
      checked.add(found);
      return found;
    }
    const known = [...dataCases().keys()];
    const best = closest(value, known);
    const near = distance(value.toLowerCase(), best) <= Math.max(2, Math.floor(best.length / 3));
    fail("unknownCase", { name, value, known, ...(near ? { suggestion: best } : {}) });
  }
  const c = caseFromObject(value, name);
  checked.add(c);
  return c;
}

/** A case of the data files by id, or `undefined`: the base chain's lookup. */
export function dataCase(id: string): Case | undefined {
  const c = dataCases().get(id);
  if (c) checked.add(c);
  return c;
}

/** Every case of the data files, in file order. */
export function allCases(): Case[] {
  return [...dataCases().keys()].map((id) => dataCase(id)!);
}
