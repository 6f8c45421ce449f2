import { messages } from "../../src/money/messages.js";
import { describeMessages } from "../catalogue-cases.js";

/**
 * Every message of money/'s catalogue, word for word, with example data: a change of wording shows
 * here as a change of this file. Codes with optional data have a case per form.
 */
describeMessages("money/messages", messages, {
  currencyMismatch: [
    [{ verb: "add", left: "JPY", right: "USD" }, "cannot add JPY and USD amounts (convert one first)"],
  ],
  notMoney: [[{ name: "value", value: 5 }, 'invalid value: 5 (expected a Money value, e.g. money(4_000_000, "JPY"))']],
  notMoneyOrRange: [[{ name: "amount", value: 5 }, "invalid amount: 5 (expected a Money or {low, high, currency})"]],
  notMoneyRange: [
    [
      { name: "value", value: { amount: 1, currency: "USD" } },
      'invalid value: {"amount":1,"currency":"USD"} (expected a money range, e.g. moneyRange(4e6, 5e6, "JPY"))',
    ],
  ],
  noMoney: [[{ name: "amounts", value: [] }, "invalid amounts: [] (expected at least one Money)"]],
  moneyNotFinite: [
    [
      { verb: "divide", left: "1 USD", right: "1e-310", result: Infinity },
      "cannot divide 1 USD by 1e-310: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "add", left: "1e+308 USD", right: "1e+308 USD", result: Infinity },
      "cannot add 1e+308 USD and 1e+308 USD: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "subtract", left: "-1e+308 USD", right: "1e+308 USD", result: -Infinity },
      "cannot subtract 1e+308 USD from -1e+308 USD: the result is -Infinity (expected a finite amount)",
    ],
    [
      { verb: "multiply", left: "1e+300 JPY", right: "1e+300", result: Infinity },
      "cannot multiply 1e+300 JPY by 1e+300: the result is Infinity (expected a finite amount)",
    ],
    [
      { verb: "ratio", left: "1e+300 USD", right: "1e-300 USD", result: Infinity },
      "cannot take the ratio of 1e+300 USD to 1e-300 USD: the result is Infinity (expected a finite ratio)",
    ],
    [
      { verb: "convert", left: "1.7e+308 USD", right: "JPY at 151.65", result: Infinity },
      "cannot convert 1.7e+308 USD to JPY at 151.65: the result is Infinity (expected a finite amount)",
    ],
  ],
});
