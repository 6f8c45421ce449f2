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
});
