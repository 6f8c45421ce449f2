import assert from "node:assert/strict";
import { renderMarkdown } from "../../src/report/markdown.js";

describe("report/markdown", () => {
  it("renderMarkdown shows raw HTML as text, so a <script> in a markdown cell never runs", () => {
    assert.equal(renderMarkdown("a <script>alert(1)</script> b"), "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>\n");
  });

  it("renderMarkdown keeps http(s) links and drops javascript: and data: ones", () => {
    assert.equal(renderMarkdown("[paper](https://arxiv.org/abs/2412.19437)"), '<p><a href="https://arxiv.org/abs/2412.19437">paper</a></p>\n');
    assert.equal(renderMarkdown("[x](javascript:alert(1))"), "<p>[x](javascript:alert(1))</p>\n");
    assert.equal(renderMarkdown("![x](data:text/html,<script>alert(1)</script>)").includes("<img"), false);
  });

  it("renderMarkdown lowers headings by shiftHeadings under the report's own headings", () => {
    assert.equal(renderMarkdown("# Cost", { shiftHeadings: 2 }), "<h3>Cost</h3>\n");
    assert.equal(renderMarkdown("###### Deep", { shiftHeadings: 2 }), "<h6>Deep</h6>\n");
  });
});
