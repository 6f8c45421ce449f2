/**
 * The messages of the cases (src/cases/), in the project's one grammar (src/errors/grammar.ts):
 * what was invalid, its name, the value received and what is accepted. Code passes a code and its
 * data to `fail()`; the wording lives here, a pure function of the data.
 */
import { messages as dataMessages } from "../data/messages.js";
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `invalid case: "deepseek-v4" (expected one of deepseek-v3, deepseek-r1, …, or a case object; did you mean "deepseek-v3"?)` */
  unknownCase: (d: { name: string; value: unknown; known: readonly string[]; suggestion?: string }) =>
    invalid(
      d,
      `one of ${d.known.join(", ")}, or a case object with id, model, claim, gpu, gpuCount, gpuHours, published, source and quote${d.suggestion ? `; did you mean "${d.suggestion}"?` : ""}`,
    ),
  /** `invalid data/case-stages.csv line 5, column case: "deepseek-v4" (expected the id of a case in data/cases.csv)` */
  caseReference: (d: { file: string; line: number; column: string; value: string; expected: string }) =>
    `invalid ${d.file} line ${d.line}, column ${d.column}: ${JSON.stringify(d.value)} (expected ${d.expected})`,
  /** `missing case.gpuHours in my-case.json (expected a positive number of GPU-hours, or a range { low, high } of them)` */
  caseMissingField: (d: { name: string; file?: string; expected: string }) =>
    `missing ${d.name}${d.file ? ` in ${d.file}` : ""} (expected ${d.expected})`,
  /** `invalid case.claim: "about six dollars" (expected an amount of money as written: $450, under $50, 53.47万美元)` */
  caseAmount: (d: { name: string; value: unknown; reason?: string }) =>
    invalid(d, `an amount of money as written: $450, under $50, 53.47万美元${d.reason ? ` (${d.reason})` : ""}`),
  /** `case kimi-k2-thinking states no GPU-hours (expected gpuHours given with the case: assumptions({ case: "kimi-k2-thinking", gpuHours: … }))` */
  caseNoHours: (d: { id: string }) =>
    `case ${d.id} states no GPU-hours (expected gpuHours given with the case: assumptions({ case: "${d.id}", gpuHours: … }))`,
  /** `case my-run states no GPU count (expected gpuCount given with the case: assumptions({ case: "my-run", gpuCount: … }))` */
  caseNoGpus: (d: { id: string }) =>
    `case ${d.id} states no GPU count (expected gpuCount given with the case: assumptions({ case: "${d.id}", gpuCount: … }))`,
  /** `invalid case.who: "blog" (expected one of lab-paper, lab-staff, press-unnamed, third-party)` */
  caseField: (d: { name: string; value: unknown; expected: string }) => invalid(d, d.expected),
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof dataMessages & typeof valueMessages> = failer(
  messages,
  dataMessages,
  valueMessages,
);
