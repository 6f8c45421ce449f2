/**
 * The messages of Money and its arithmetic (src/money/), in the project's one grammar
 * (src/errors/grammar.ts): what was invalid, its name, the value received and what is accepted.
 * Code passes a code and its data to `fail()`; the wording lives here, a pure function of the data.
 */
import { failer, type Fail } from "../errors/failer.js";
import { invalid } from "../errors/grammar.js";
import { messages as valueMessages } from "../errors/messages.js";

export const messages = {
  /** `cannot add JPY and USD amounts (convert one first)` */
  currencyMismatch: (d: { verb: string; left: string; right: string }) =>
    `cannot ${d.verb} ${d.left} and ${d.right} amounts (convert one first)`,
  /** `invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))` */
  notMoney: (d: { name: string; value: unknown }) => invalid(d, 'a Money value, e.g. money(4_000_000, "JPY")'),
  /** `invalid value: 5 (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))` */
  /** `invalid amount: 5 (expected a Money or {low, high, currency})` */
  notMoneyOrRange: (d: { name: string; value: unknown }) => invalid(d, "a Money or {low, high, currency}"),
  notMoneyRange: (d: { name: string; value: unknown }) => invalid(d, 'a money range, e.g. moneyRange(4e6, 5e6, "JPY")'),
  /** `invalid amounts: [] (expected at least one Money)` */
  noMoney: (d: { name: string; value: unknown }) => invalid(d, "at least one Money"),
  /**
   * Money arithmetic whose result is not a finite number: the operation and its operands.
   * `cannot divide 1 USD by 1e-310: the result is Infinity (expected a finite amount)`;
   * `cannot convert 1e+308 USD to JPY at 151.65: …`; `cannot take the ratio of 1e+300 USD to 1e-300 USD: …`.
   */
  moneyNotFinite: (d: {
    verb: "add" | "subtract" | "multiply" | "divide" | "ratio" | "convert";
    left: string;
    right: string;
    result: number;
  }) =>
    `cannot ${moneyOperations[d.verb](d.left, d.right)}: the result is ${d.result} (expected a finite ${d.verb === "ratio" ? "ratio" : "amount"})`,
} as const;

/** The operation of a moneyNotFinite message, from its operands as text (`1 USD`, `1e-310`). */
const moneyOperations = {
  add: (a: string, b: string) => `add ${a} and ${b}`,
  subtract: (a: string, b: string) => `subtract ${b} from ${a}`,
  multiply: (a: string, b: string) => `multiply ${a} by ${b}`,
  divide: (a: string, b: string) => `divide ${a} by ${b}`,
  ratio: (a: string, b: string) => `take the ratio of ${a} to ${b}`,
  convert: (a: string, b: string) => `convert ${a} to ${b}`,
} as const;

/** Throws one of these errors, or one of the catalogues below this layer it uses. */
export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages);
