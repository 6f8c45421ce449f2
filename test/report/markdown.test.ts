import assert from "node:assert/strict";
import { renderMarkdown } from "../../src/report/markdown.js";

describe("report/markdown", () => {
  it("renderMarkdown shows raw HTML as text, so a <script> in a markdown cell never runs", () => {
    assert.equal(renderMarkdown("a <script>alert(1)</script> b"), "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>\n");
  });

  it("renderMarkdown keeps http(s) links and drops javascript: and data: ones", () => {
    assert.equal(
      renderMarkdown("[paper](https://arxiv.org/abs/2412.19437)"),
      '<p><a href="https://arxiv.org/abs/2412.19437">paper</a></p>\n',
    );
    assert.equal(renderMarkdown("[x](javascript:alert(1))"), "<p>[x](javascript:alert(1))</p>\n");
    assert.equal(renderMarkdown("![x](data:text/html,<script>alert(1)</script>)").includes("<img"), false);
  });

  it("renderMarkdown embeds data: images only; an image on another host becomes a link to it, never an <img>", () => {
    assert.equal(
      renderMarkdown("![chart](https://e.example/x.png)"),
      '<p><a href="https://e.example/x.png">image: chart</a></p>\n',
    );
    assert.equal(
      renderMarkdown("![](HTTP://e.example/x.png)"),
      '<p><a href="HTTP://e.example/x.png">image: untitled</a></p>\n',
    );
    // a protocol-relative address is refused as a link: the markdown stays text
    assert.equal(renderMarkdown("![a *b*](//e.example/x.png)"), "<p>![a <em>b</em>](//e.example/x.png)</p>\n");
    assert.equal(
      renderMarkdown('![x][r]\n\n[r]: https://e.example/y.png "t"'),
      '<p><a href="https://e.example/y.png">image: x</a></p>\n',
    );
    assert.equal(
      renderMarkdown("![dot](data:image/png;base64,iVBORw0KGgo=)"),
      '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></p>\n',
    );
    assert.equal(renderMarkdown("![s](data:image/svg+xml;base64,PHN2Zz4=)").includes("<img"), false);
  });

  it("renderMarkdown lowers headings by shiftHeadings under the report's own headings", () => {
    assert.equal(renderMarkdown("# Cost", { shiftHeadings: 2 }), "<h3>Cost</h3>\n");
    assert.equal(renderMarkdown("###### Deep", { shiftHeadings: 2 }), "<h6>Deep</h6>\n");
  });
});
