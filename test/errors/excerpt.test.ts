import assert from "node:assert/strict";
import { excerpt } from "../../src/errors/excerpt.js";

describe("errors/excerpt", () => {
  it("excerpt(text, max) quotes a short text whole", () => {
    assert.equal(excerpt("400万日元", 60), '"400万日元"');
  });

  it("excerpt(text, max) keeps the start and the end of a long text, max characters in all", () => {
    // 60 characters: 30 from the start, "…", 29 from the end
    const text = `${"a".repeat(100)}${"b".repeat(100)}`;
    assert.equal(excerpt(text, 60), `"${"a".repeat(30)}…${"b".repeat(29)}"`);
  });

  it("excerpt(text, max, 'end') keeps the start", () => {
    assert.equal(excerpt("～3块、4块、5块、6块、7块", 8, "end"), '"～3块、4块、…"');
  });

  it("excerpt never splits a surrogate pair", () => {
    // "😀" is two UTF-16 units: a cut inside it drops the whole character
    assert.equal(excerpt("ab😀cd", 4, "end"), '"ab…"');
    // 4 characters: 2 from the start, "…", and the last one, the second half of "😀": dropped
    assert.equal(excerpt(`ab${"x".repeat(10)}😀`, 4), '"ab…"');
  });

  it("excerpt escapes characters that show nothing, so a message points at something visible", () => {
    // U+200B zero-width space, U+200E/U+200F direction marks, U+00AD soft hyphen, U+202E right-to-left override
    assert.equal(excerpt("3\u200b块", 60), '"3\\u200b块"');
    assert.equal(excerpt("\u200e\u200f\u00ad\u202e", 60), '"\\u200e\\u200f\\u00ad\\u202e"');
    // the byte-order mark, the word joiner, a variation selector, the line separator
    assert.equal(excerpt("\ufeff\u2060\ufe0f\u2028", 60), '"\\ufeff\\u2060\\ufe0f\\u2028"');
    // visible text is kept as it is
    assert.equal(excerpt("400万～500万日元 ＄", 60), '"400万～500万日元 ＄"');
  });
});
