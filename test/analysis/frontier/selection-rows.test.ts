import assert from "node:assert/strict";
import { selectionRows } from "../../../src/analysis/frontier/selection-rows.js";
import { estimate } from "../../../src/assumptions/estimate.js";
import { loadFrontierSelections } from "../../../src/data/load-frontier-selections.js";
import { throwsText } from "../../throws-text.js";

describe("analysis/frontier/selection-rows", () => {
  it("selectionRows: the three selections side by side, whose each is, and V3's distance valued at purchase and at training start", () => {
    const rows = selectionRows(loadFrontierSelections(), {
      estimate: estimate(),
      model: "DeepSeek-V3",
      date: "2024-12-24",
    });
    assert.deepEqual(
      rows.map((r) => [r.selection, r.models, r.span, r.imputedHardware, r.dollars, r.growthText, r.default]),
      [
        [
          "paper",
          "41 (2015–2023)",
          "2015-12-08 to 2023-12-06",
          "none",
          "December-2023 USD",
          "2.41× (90%: 1.97–2.94×)",
          "",
        ],
        [
          "working",
          "61 (2015–2025)",
          "2015-12-08 to 2025-02-17",
          "none",
          "December-2024 USD",
          "2.77× (90%: 2.40–3.19×)",
          "default",
        ],
        [
          "model-costs",
          "82 (2015–2025)",
          "2015-12-02 to 2025-04-05",
          "21 of 82",
          "December-2024 USD",
          "2.94× (90%: 2.66–3.26×)",
          "",
        ],
      ],
    );
    // V3 at purchase, $5.73M–$7.10M: ÷ $20.4M (the 61's trend on 2024-12-24) = 0.281–0.348×; ÷ $26.5M (the 82's) = 0.216–0.268×
    // at training start, $3.97M–$4.90M: ÷ $20.4M = 0.194–0.240×; ÷ $26.5M = 0.150–0.185×, as Epoch values the models it costs
    assert.deepEqual(
      rows.map((r) => [r.trendText, r.atPurchase, r.atTrainingStart]),
      [
        ["$12.4M", "0.464–0.574×", "0.321–0.396×"],
        ["$20.4M", "0.281–0.348×", "0.194–0.240×"],
        ["$26.5M", "0.216–0.268×", "0.150–0.185×"],
      ],
    );
    assert.match(rows[2]!.epochPrinted, /^none: Epoch fits no trend to it$/);
    assert.match(rows[1]!.epochPrinted, /^2\.76748x\/year \(90% CI: 2\.3995x, 3\.1919x\)/);
  });

  it("selectionRows works in US dollars only, as the trends are", () => {
    throwsText(
      () =>
        selectionRows(loadFrontierSelections(), {
          estimate: estimate({ currency: "JPY" }),
          model: "V3",
          date: "2024-12-24",
        }),
      'invalid estimate.currency: "JPY" (expected USD: training-run costs are compared in US dollars)',
    );
  });
});
