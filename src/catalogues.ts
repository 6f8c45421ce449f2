/**
 * Every layer's catalogue of messages, by folder: the one place that knows them all, above every
 * layer, so that errors/ never imports upward. The tests use it to check that codes are unique
 * across the project; translations of the messages are keyed by the same codes.
 * Nothing in the library imports it.
 */
import { messages as amount } from "./amount/messages.js";
import { messages as analysis } from "./analysis/messages.js";
import { messages as assumptions } from "./assumptions/messages.js";
import { messages as cases } from "./cases/messages.js";
import { messages as charts } from "./charts/messages.js";
import { messages as cli } from "./cli/messages.js";
import { messages as compute } from "./compute/messages.js";
import { messages as cost } from "./cost/messages.js";
import { messages as data } from "./data/messages.js";
import { messages as display } from "./display/messages.js";
import { messages as errors } from "./errors/messages.js";
import type { Catalogue, CodeOf } from "./errors/failer.js";
import { messages as fx } from "./fx/messages.js";
import { messages as input } from "./input/messages.js";
import { messages as money } from "./money/messages.js";
import { messages as node } from "./node/messages.js";
import { messages as range } from "./range/messages.js";
import { messages as report } from "./report/messages.js";
import { messages as runner } from "./runner/messages.js";
import { messages as trend } from "./trend/messages.js";
import { messages as uncertainty } from "./uncertainty/messages.js";

/** Each folder's catalogue (`src/<folder>/messages.ts`), bottom layer first. */
export const catalogues = {
  errors,
  range,
  money,
  amount,
  uncertainty,
  trend,
  data,
  fx,
  input,
  cost,
  compute,
  cases,
  assumptions,
  analysis,
  charts,
  display,
  node,
  runner,
  report,
  cli,
} as const satisfies Readonly<Record<string, Catalogue>>;

/** Every message code of the project. */
export type ErrorCode = {
  [F in keyof typeof catalogues]: CodeOf<(typeof catalogues)[F]>;
}[keyof typeof catalogues];

/** Codes defined in more than one catalogue, as messages: `notFinite: in errors/ and money/`. Empty when each code has one home. */
export function sharedCodes(all: Readonly<Record<string, Catalogue>>): string[] {
  const homes = new Map<string, string[]>();
  for (const [folder, catalogue] of Object.entries(all)) {
    for (const code of Object.keys(catalogue)) homes.set(code, [...(homes.get(code) ?? []), folder]);
  }
  return [...homes]
    .filter(([, folders]) => folders.length > 1)
    .map(([code, folders]) => `${code}: in ${folders.map((f) => `${f}/`).join(" and ")}`);
}
