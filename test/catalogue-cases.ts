import assert from "node:assert/strict";
import type { Catalogue, CodeOf, DataOf } from "../src/errors/failer.js";

/** Example data for every code of catalogue `K`, each with the literal text it must give. */
export type Cases<K> = { readonly [C in CodeOf<K>]: ReadonlyArray<readonly [DataOf<K, C>, string]> };

/**
 * The tests of one layer's catalogue: every code has a case (the type makes a new code without one
 * a type error; the first test makes it a failure at run time too), and each case's data gives
 * its text word for word.
 */
export function describeMessages<K extends Catalogue>(name: string, catalogue: K, cases: Cases<K>): void {
  describe(name, () => {
    it("every code in the catalogue has a literal-text case, and every case names a code of the catalogue", () => {
      assert.deepEqual(Object.keys(cases).sort(), Object.keys(catalogue).sort());
      for (const [code, list] of Object.entries(cases))
        assert.ok((list as unknown[]).length > 0, `${code} has no case`);
    });

    for (const code of Object.keys(cases) as CodeOf<K>[]) {
      it(`${code} says, word for word, what the case gives`, () => {
        const write = catalogue[code] as (data: unknown) => string;
        for (const [data, text] of cases[code]) assert.equal(write(data), text);
      });
    }
  });
}
