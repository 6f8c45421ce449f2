import assert from "node:assert/strict";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { headlineTableHtml } from "../../src/live/headline-html.js";
import { defaultEstimate as e } from "../charts/fixtures.js";

describe("live/headline-html", () => {
  it("headlineTableHtml writes the README's table: compact ends, × reported, the exact values as titles", () => {
    const html = headlineTableHtml(headlineRows(e), e);
    assert.ok(html.startsWith('<table class="headline mathjax_ignore tex2jax_ignore">'), html);
    // the caption is headlineCaption(e): the currency and the conversions used
    assert.ok(
      html.includes(
        "<caption>In USD; prices converted at 1 USD = 151.65 JPY (Reuters via CNA, 2025-02-10; rate set article).",
      ),
      html,
    );
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,049.79, ÷ $5,576,000 = 9.46×
    assert.ok(
      html.includes(
        '<td class="num" title="52,753,049.79 USD">$52.8M</td><td class="num" title="98,911,968.35 USD">$98.9M</td><td class="num">9.5–17.7×</td>',
      ),
      html,
    );
    assert.ok(html.includes('<tr data-view="reported" class="reported">'), html);
    // six views, and the amortized view under the two other methods
    assert.equal((html.match(/<tr data-view=/g) ?? []).length, 8);
  });

  it("headlineTableHtml escapes every text it writes", () => {
    const [row] = headlineRows(e);
    const html = headlineTableHtml(
      [{ ...row!, label: '<script>alert("x")</script>', lowText: '"><img onerror=x>' }],
      e,
    );
    assert.ok(!html.includes("<script>") && !html.includes("<img"), html);
    assert.ok(html.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  });
});
