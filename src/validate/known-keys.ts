import { fail } from "../errors/messages.js";

/**
 * The door of an object a user writes (overrides, a `{ low, high, currency }` price, a
 * distribution, an options object): a plain object whose own fields are all in `known`, or the
 * catalogued error naming the field. An unknown field is refused, never ignored, because it could
 * change what the value means: `{ low: 4e6, high: 5e6, unit: "JPY" }` would otherwise be read as
 * US dollars, and `{ samples: 1e6 }` as the default draw count.
 *
 * Fields are looked up as own properties, so the names of `Object.prototype` (`constructor`,
 * `toString`, `__proto__`, which `JSON.parse` creates as an own field) are unknown like any other:
 * `knownKeys({ low: 1, high: 2, unit: "JPY" }, ["low", "high", "currency"], "gpuPrice")` fails with
 * `invalid gpuPrice.unit: "JPY" (expected only the fields low, high, currency)`. `describing`
 * lets through fields that only describe the value (a cost view's label), named apart in the message.
 */
export function knownKeys(
  value: object,
  known: readonly string[],
  name: string,
  describing: { readonly what: string; readonly fields: readonly string[] } | undefined = undefined,
): void {
  plainObject(value, name);
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !describing?.fields.includes(key)) {
      const field = { name: `${name}.${key}`, value: (value as Record<string, unknown>)[key], known };
      fail("unknownField", describing ? { ...field, describing } : field);
    }
  }
}

/**
 * A plain object: its prototype is `Object.prototype` (of any realm) or `null`. Anything else is
 * refused, naming what it is, since the library reads a field wherever it is found: an object
 * made as `{ __proto__: { gpuCount: 1 } }` would pass `gpuCount` without showing it, and a `Map`
 * would pass nothing at all: `invalid overrides: {} (expected a plain object, not a Map)`.
 */
export function plainObject(value: object, name: string): void {
  if (isPlainObject(value)) return;
  if (typeof value !== "object" || value === null) {
    const what: unknown = value; // typed as an object, checked as given: a caller without types may pass anything
    fail("notPlainObject", { name, value: what, kind: what === null ? "null" : `a ${typeof what}` });
  }
  const proto = Object.getPrototypeOf(value) as object;
  const inherited: string[] = [];
  for (const key in value) if (!Object.hasOwn(value, key)) inherited.push(key);
  const maker = (proto as { constructor?: unknown }).constructor;
  const kind =
    inherited.length > 0
      ? `an object that inherits ${inherited.join(", ")}`
      : typeof maker === "function" && maker.name !== "" && maker.name !== "Object"
        ? `${/^[AEIOU]/.test(maker.name) ? "an" : "a"} ${maker.name}`
        : "an object with a prototype of its own";
  fail("notPlainObject", { name, value, kind });
}

/** Is `value` an object whose prototype is `Object.prototype` (of any realm) or `null`? Arrays are not. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || isObjectPrototype(proto);
}

/** `Object.prototype`, or its twin from another realm (a vm context): the end of the chain, made by `Object`. */
function isObjectPrototype(proto: object): boolean {
  if (proto === Object.prototype) return true;
  if (Object.getPrototypeOf(proto) !== null || !Object.hasOwn(proto, "constructor")) return false;
  const maker = (proto as { constructor: unknown }).constructor;
  return typeof maker === "function" && maker.name === "Object";
}
