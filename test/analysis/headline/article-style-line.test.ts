import assert from "node:assert/strict";
import { articleStyleLine } from "../../../src/analysis/headline/article-style-line.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadArticleFigures } from "../../../src/data/load-article-figures.js";

describe("analysis/headline/article-style-line", () => {
  it("articleStyleLine says 'in the article's style' for a figure the article does not state: the fleet in dollars", () => {
    // ¥8–15B ÷ 151.65 = $52.75M–$98.91M = 5,275万～9,891万美元: the article gives no dollar figure for the GPUs
    assert.equal(
      articleStyleLine(estimate(), loadArticleFigures()),
      `In the article's style: 5,275万～9,891万美元 for the GPUs (the article does not state this figure), against 557.6万美元 reported (as the article writes it: "V3的开发费用为557.6万美元"); in USD, converted on 2025-02-11 with the article rates.`,
    );
  });

  it("in yen at the defaults the GPUs are the article's own 80亿～150亿日元; with 2,048 GPUs (81.92亿～102.4亿日元) they are not", () => {
    assert.match(
      articleStyleLine(estimate({ currency: "JPY" }), loadArticleFigures()),
      /^In the article's style: 80亿～150亿日元 for the GPUs \(as the article writes it: "总额单纯计算为80亿～150亿日元"\), against 8\.456亿日元 reported \(the article does not state this figure\)/,
    );
    // 2,048 × ¥4M = ¥8.192B; 2,048 × ¥5M = ¥10.24B
    assert.match(
      articleStyleLine(estimate({ currency: "JPY", gpuCount: 2048 }), loadArticleFigures()),
      /^In the article's style: 81\.92亿～102\.4亿日元 for the GPUs \(the article does not state this figure\)/,
    );
  });
});
