import { fail } from "./messages.js";

/** ISO 4217 codes the project handles. */
export const currencies = ["USD", "JPY", "CNY", "EUR"] as const;

/**
 * A currency the project handles, by its ISO 4217 code: `"USD"`, `"JPY"`, `"CNY"` or `"EUR"`.
 *
 * @category Money and FX
 */
export type Currency = (typeof currencies)[number];

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (currencies as readonly string[]).includes(value);
}

/**
 * The currency code `value`, or an error naming `name`:
 * `invalid currency: "GBP" (expected one of USD, JPY, CNY, EUR)`.
 */
export function currency(value: unknown, name = "currency"): Currency {
  if (!isCurrency(value)) fail("notOneOf", { name, value, choices: currencies });
  return value;
}
