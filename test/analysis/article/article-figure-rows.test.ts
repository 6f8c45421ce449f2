import assert from "node:assert/strict";
import { articleFigureRows, hedgeText } from "../../../src/analysis/article/article-figure-rows.js";
import { loadArticleFigures } from "../../../src/data/load-article-figures.js";
import { throwsText } from "../../throws-text.js";

describe("analysis/article/article-figure-rows", () => {
  it("hedgeText writes each hedge in words with the article's own: may (或), attributed, approximate (有分析认为 … 左右)", () => {
    assert.equal(hedgeText("may", "或"), "may (或)");
    assert.equal(
      hedgeText("attributed+approximate", "有分析认为 … 左右"),
      "attributed, approximate (有分析认为 … 左右)",
    );
    assert.equal(hedgeText("stated", null), "stated");
  });

  it("articleFigureRows gives the figures with their hedges, in the order asked", () => {
    const rows = articleFigureRows(loadArticleFigures(), {
      ids: ["headline-discount", "body-discount", "fleet-cost-jpy"],
    });
    assert.deepEqual(
      rows.map((r) => [r.id, r.low, r.high, r.hedgeText]),
      [
        ["headline-discount", 0.1, 0.3, "may (或)"],
        ["body-discount", 0.1, 0.3, "attributed, approximate (有分析认为 … 左右)"],
        ["fleet-cost-jpy", 8e9, 15e9, "stated"],
      ],
    );
    assert.equal(articleFigureRows(loadArticleFigures()).length, 16);
    throwsText(
      () => articleFigureRows(loadArticleFigures(), { ids: ["h900"] }),
      `unknown figure: "h900" (expected one of ${articleFigureRows(loadArticleFigures())
        .map((r) => r.id)
        .join(", ")})`,
    );
  });
});
