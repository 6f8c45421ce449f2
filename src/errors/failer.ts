import { GpuCostError } from "./error.js";

/**
 * A catalogue of messages (after Vega-Lite's src/log/message.ts): each code's wording, a pure
 * function of the data the code carries, so that another wording (a translation) can be keyed by
 * the same codes. Each layer keeps its own beside it (`src/amount/messages.ts`); this folder keeps
 * the general ones (`messages.ts`). Codes are unique across the project (`src/catalogues.ts`).
 */
export type Catalogue = { readonly [code: string]: (data: never) => string };

/** The codes of catalogue `K`. */
export type CodeOf<K> = keyof K & string;

/** The data that code `C` of catalogue `K` carries. */
export type DataOf<K, C extends keyof K> = Parameters<Extract<K[C], (data: never) => string>>[0];

/** Throws error `code` with `data`, worded by its catalogue. */
export type Fail<K> = <C extends CodeOf<K>>(code: C, data: DataOf<K, C>) => never;

/** Makes error `code` with `data`, worded by its catalogue, for a caller that collects errors rather than throws them. */
export type MakeError<K> = <C extends CodeOf<K>>(code: C, data: DataOf<K, C>) => GpuCostError<C, DataOf<K, C>>;

/** The catalogues `L` taken together. */
type Merged<L extends readonly Catalogue[]> = L extends readonly [
  infer H extends Catalogue,
  ...infer T extends readonly Catalogue[],
]
  ? H & Merged<T>
  : unknown;

/**
 * The `fail()` of a layer: it throws a {@link GpuCostError} for any code of `catalogues` (the
 * layer's own and those below it that it uses), worded by the catalogue that holds the code.
 * `export const fail: Fail<typeof messages & typeof valueMessages> = failer(messages, valueMessages)`.
 * A code in two of them is a mistake found when the module loads.
 */
export function failer<const L extends readonly Catalogue[]>(...catalogues: L): Fail<Merged<L>> {
  const make = errorMaker(...catalogues);
  return (code, data) => {
    throw make(code, data);
  };
}

/** As {@link failer}, but returning the error: the runner collects the errors of failed cells. */
export function errorMaker<const L extends readonly Catalogue[]>(...catalogues: L): MakeError<Merged<L>> {
  const words = new Map<string, (data: unknown) => string>();
  for (const catalogue of catalogues) {
    for (const [code, write] of Object.entries(catalogue)) {
      if (words.has(code)) throw new Error(`message code ${code} is in two catalogues`);
      words.set(code, write as (data: unknown) => string);
    }
  }
  return (code, data) => new GpuCostError(code, data, (words.get(code) as (data: unknown) => string)(data));
}
