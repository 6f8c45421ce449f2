import assert from "node:assert/strict";
import { sanitizeSvg, sanitizeTableHtml } from "../../src/report/sanitize.js";

describe("report/sanitize", () => {
  it("sanitizeTableHtml keeps an Arquero table with its alignment and drops scripts, handlers and other styles", () => {
    const arquero =
      '<table><thead><tr><th style="text-align: right;">a</th></tr></thead><tbody><tr><td style="text-align: right;">1</td></tr></tbody></table>';
    assert.equal(
      sanitizeTableHtml(arquero),
      '<table><thead><tr><th style="text-align:right">a</th></tr></thead><tbody><tr><td style="text-align:right">1</td></tr></tbody></table>',
    );
    const planted =
      '<table onclick="x()"><tr><td style="background:url(http://e/x)">v<script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">l</a></td></tr></table><iframe src="http://e"></iframe><style>*{}</style>';
    assert.equal(sanitizeTableHtml(planted), "<table><tr><td>vl</td></tr></table>");
  });

  it("sanitizeTableHtml keeps a cell's title, the exact value of a rounded figure", () => {
    assert.equal(
      sanitizeTableHtml('<table class="mathjax_ignore"><tr><td title="52753049.785691 USD">$52.8M</td></tr></table>'),
      '<table><tr><td title="52753049.785691 USD">$52.8M</td></tr></table>',
    );
  });

  it("sanitizeSvg keeps vega's drawing elements and attributes, case included, and drops scripts, links and foreign content", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><clipPath id="c1"><rect width="5" height="5"/></clipPath></defs><g clip-path="url(#c1)"><path d="M0,0h5" stroke="#888"/><text text-anchor="end">a</text></g></svg>';
    assert.equal(
      sanitizeSvg(svg),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><clipPath id="c1"><rect width="5" height="5"></rect></clipPath></defs><g clip-path="url(#c1)"><path d="M0,0h5" stroke="#888"></path><text text-anchor="end">a</text></g></svg>',
    );
    const planted =
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><a href="javascript:alert(1)"><rect onload="alert(1)" fill="url(http://e/x)" width="2"/></a><foreignObject><iframe src="x"></iframe></foreignObject><image href="http://e/x.png"/><text>&lt;script&gt;</text></svg>';
    assert.equal(
      sanitizeSvg(planted),
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="2"></rect><text>&lt;script&gt;</text></svg>',
    );
  });

  it("sanitizeSvg drops every attribute that could fetch: url() in any case, CSS escapes, entities; keeps url(#id)", () => {
    const rect = (attributes: string) => sanitizeSvg(`<svg><rect ${attributes} width="2"/></svg>`);
    for (const planted of [
      'fill="URL(https://e/x)"',
      'fill="Url(//e/x)"',
      'stroke="url (https://e/x)"',
      'mask="u\\72l(https://e/x)"',
      'clip-path="&#x55;RL(https://e/x)"',
      'fill="red url(https://e/x)"',
      'fill="url(#a) url(https://e/x)"',
      'aria-label="URL(https://e/x)"',
    ]) {
      assert.equal(rect(planted), '<svg><rect width="2"></rect></svg>', planted);
    }
    assert.equal(
      rect('clip-path="url(#clip-1)" aria-label="Hourly rate"'),
      '<svg><rect clip-path="url(#clip-1)" aria-label="Hourly rate" width="2"></rect></svg>',
    );
  });

  it("sanitizeSvg returns nothing for input that is not an SVG", () => {
    assert.equal(sanitizeSvg("<script>alert(1)</script>"), "");
  });
});
