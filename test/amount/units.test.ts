import assert from "node:assert/strict";
import { parseAmount } from "../../src/amount/parse-amount.js";
import { currencyWords, shownUnitWords, unitWords } from "../../src/amount/units.js";
import { currencies } from "../../src/money/currency.js";

describe("amount/units", () => {
  it("every unit word written after a number reads as its unit", () => {
    for (const [word, meaning] of unitWords) {
      if (meaning.place === "before") continue;
      // 3 of the unit, scaled by its exponent: 3成 = 3 × 10^-1, 3% = 3 × 10^-2, 3日元 = 3 × 10^0
      const expected = 3 * 10 ** meaning.exponent;
      const amount = parseAmount(`3 ${word}`);
      assert.equal(amount.unit, meaning.unit, word);
      assert.ok(Math.abs(amount.low - expected) < 1e-12, `${word}: ${amount.low} ≠ ${expected}`);
    }
  });

  it("every currency word written before a number reads as its currency", () => {
    for (const [word, meaning] of unitWords) {
      if (meaning.place === "after") continue;
      assert.deepEqual(parseAmount(`${word}5`), { low: 5, high: 5, unit: meaning.unit }, word);
    }
  });

  it("currencyWords, which formatAmount writes, read back as their currency in zh and ja", () => {
    for (const locale of ["zh", "ja"] as const) {
      for (const c of currencies) assert.equal(parseAmount(`5${currencyWords[locale][c]}`).unit, c, `${locale} ${c}`);
    }
  });

  it("shownUnitWords() lists the words an error names as accepted, a few per unit and script", () => {
    assert.deepEqual(shownUnitWords(), [
      "日元",
      "円",
      "JPY",
      "元",
      "人民币",
      "CNY",
      "RMB",
      "美元",
      "ドル",
      "USD",
      "欧元",
      "ユーロ",
      "EUR",
      "块",
      "张",
      "枚",
      "台",
      "个",
      "GPUs",
      "小时",
      "時間",
      "hours",
      "次",
      "回",
      "成",
      "割",
      "%",
    ]);
  });
});
