import assert from "node:assert/strict";
import { headlineRows } from "../../src/analysis/headline/headline-rows.js";
import { headlineTableHtml } from "../../src/live/headline-html.js";
import { defaultEstimate as e } from "../charts/fixtures.js";

describe("live/headline-html", () => {
  it("headlineTableHtml writes the README's table: compact ends, × reported, the exact values as titles", () => {
    const html = headlineTableHtml(headlineRows(e), e);
    // in a box of its own that scrolls sideways on a narrow page
    assert.ok(
      html.startsWith('<div class="table-scroll"><table class="headline mathjax_ignore tex2jax_ignore">'),
      html,
    );
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
        '<td class="num" title="52,753,049.79 USD">$52.8M</td><td class="num" title="98,911,968.35 USD">$98.9M</td>',
      ),
      html,
    );
    assert.ok(html.includes('<tr data-view="reported" class="reported">'), html);
    assert.ok(html.includes('<td class="num">9.5–17.7×</td></tr>'), html);
    // six views, and the amortized view under the two other methods
    assert.equal((html.match(/<tr data-view=/g) ?? []).length, 8);
    // without draws, no median: "not drawn" for a view the Monte Carlo never draws, "…" while it draws
    assert.equal((html.match(/>—<\/td>/g) ?? []).length, 2 * 7);
    const pending = headlineTableHtml(headlineRows(e), e, { pending: true });
    // rental, amortized, programme: median and interval each
    assert.equal((pending.match(/>…<\/td>/g) ?? []).length, 2 * 3);
  });

  it("headlineTableHtml puts the median and 90% interval beside low and high, and says why they differ", () => {
    const draws = { amortized: { p05: 4_970_000, p50: 6_520_000, p95: 8_390_000 }, n: 100_000, seed: 1 };
    const html = headlineTableHtml(headlineRows(e, draws), e, { draws });
    assert.ok(
      html.includes('<th scope="col" class="num quote">median</th><th scope="col" class="num quote">90% interval</th>'),
    );
    assert.ok(
      html.includes(
        '<td class="num" title="6,520,000 USD">$6.52M</td><td class="num" title="4,970,000 USD – 8,390,000 USD">$4.97M–$8.39M</td>',
      ),
      html,
    );
    assert.ok(
      html.includes(
        "the median and 90% interval draw every input from its documented uncertainty (100,000 draws, seed 1)",
      ),
    );
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
