import assert from "node:assert/strict";
import { FONT_STACK, REPORT_CSS } from "../../src/report/styles.js";

describe("report/styles", () => {
  it("the report's text names CJK faces for every common system, after the Latin ones", () => {
    assert.ok(REPORT_CSS.includes(`font: 16px/1.55 ${FONT_STACK};`));
    const faces = FONT_STACK.split(", ");
    for (const face of [
      '"Noto Sans CJK SC"',
      '"Noto Sans CJK JP"',
      '"PingFang SC"',
      '"Hiragino Sans"',
      '"Microsoft YaHei"',
      '"Yu Gothic"',
    ])
      assert.ok(faces.includes(face), face);
    assert.ok(faces.indexOf('"Noto Sans"') < faces.indexOf('"Noto Sans CJK SC"'), "Latin faces first");
    assert.equal(faces.at(-1), "sans-serif");
  });

  it("a notebook table wider than the page scrolls inside its output, its headers whole, rather than being cut off at the page's edge", () => {
    assert.ok(REPORT_CSS.includes("div.output.html { overflow-x: auto; max-width: 100%; }"));
    assert.ok(REPORT_CSS.includes("div.output.html th { white-space: nowrap; }"));
  });
});
