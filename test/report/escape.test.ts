import assert from "node:assert/strict";
import { escapeHtml, slug, stripAnsi } from "../../src/report/escape.js";

describe("report/escape", () => {
  it("escapeHtml(text) turns every markup character into an entity", () => {
    assert.equal(
      escapeHtml(`<script>alert("x" & 'y')</script>`),
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
    assert.equal(escapeHtml("400万～500万日元"), "400万～500万日元");
  });

  it("stripAnsi(text) removes terminal colour codes from tracebacks", () => {
    assert.equal(stripAnsi("\x1b[0;31mTypeError\x1b[0m: x"), "TypeError: x");
  });

  it("slug(name) makes an HTML id from a notebook name", () => {
    assert.equal(slug("02-buy GPUs.ipynb"), "nb-02-buy-GPUs");
    assert.equal(slug('"><script>.ipynb'), "nb-script");
  });
});
