import assert from "node:assert/strict";
import { readScenario } from "../../src/assumptions/scenario.js";
import { throwsText } from "../throws-text.js";

const source = { title: "Lambert, Interconnects", url: "https://www.interconnects.ai/p/x" };
const read = (json: unknown) => readScenario("x", json as Record<string, unknown>, "data/scenarios/x.json");
const refused = (reason: string) =>
  `invalid scenario file: data/scenarios/x.json (expected {"description", "sources", "assumptions"}: ${reason})`;

describe("assumptions/scenario", () => {
  it("readScenario reads a description, cited sources and the assumptions", () => {
    const s = read({ description: "d", sources: [{ ...source, quote: "q" }], assumptions: { pue: 1.1 } });
    assert.deepEqual(s, {
      name: "x",
      description: "d",
      sources: [{ ...source, quote: "q" }],
      assumptions: { pue: 1.1 },
    });
  });

  it("readScenario refuses a field it does not know, a misspelt one or __proto__, rather than drop it", () => {
    throwsText(
      () => read({ description: "d", sources: [source], assumptions: {}, assumption: { pue: 2 } }),
      refused('an unknown field "assumption"'),
    );
    throwsText(
      () => read(JSON.parse('{"description":"d","sources":[{"title":"t","url":"u"}],"assumptions":{},"__proto__":{}}')),
      refused('an unknown field "__proto__"'),
    );
  });

  it("readScenario checks each source: an object of title, url and an optional quote, all text", () => {
    throwsText(
      () => read({ description: "d", sources: ["Lambert"], assumptions: {} }),
      refused("sources[0] is not an object"),
    );
    throwsText(
      () => read({ description: "d", sources: [{ ...source, qoute: "q" }], assumptions: {} }),
      refused('sources[0] has an unknown field "qoute"'),
    );
    throwsText(
      () => read({ description: "d", sources: [source, { title: "t" }], assumptions: {} }),
      refused("sources[1].url is not a string"),
    );
    throwsText(
      () => read({ description: "d", sources: [{ ...source, quote: 3 }], assumptions: {} }),
      refused("sources[0].quote is not a string"),
    );
  });
});
