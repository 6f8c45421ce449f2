import assert from "node:assert/strict";
import { from, table } from "arquero";
import { escapeHtml, NO_MATH_CLASSES, showTable, tableHtml } from "../../src/display/show-table.js";

describe("display/show-table", () => {
  it("tableHtml escapes cell values and column names", () => {
    const html = tableHtml(table({ "cost <USD>": ["<b>5 & 6</b>"] }));
    assert.ok(html.includes('<th style="text-align: left;">cost &lt;USD&gt;</th>'), html);
    assert.ok(html.includes("&lt;b&gt;5 &amp; 6&lt;/b&gt;"), html);
    assert.ok(!html.includes("<b>"));
  });

  it("tableHtml keeps formats and alignment keyed by the original column names", () => {
    const html = tableHtml(table({ "a<b": [1.23456] }), { format: { "a<b": { digits: 1 } }, align: { "a<b": "c" } });
    assert.ok(html.includes('<td style="text-align: center;">1.2</td>'), html);
  });

  it("tableHtml marks the table so that MathJax leaves its dollar signs alone", () => {
    const html = tableHtml(table({ cost: ["$5.74M–$7.11M"] }));
    assert.equal(NO_MATH_CLASSES, "mathjax_ignore tex2jax_ignore");
    assert.ok(html.startsWith('<table class="mathjax_ignore tex2jax_ignore">'), html);
    assert.ok(html.includes(">$5.74M–$7.11M</td>"), html);
  });

  it("tableHtml writes money compact as its unit suggests, the exact value in the cell's title", () => {
    const html = tableHtml(
      table({
        label: ["GPUs", "H800 price in yuan"],
        low: [52_753_049.785691, 192_300],
        currency: ["USD", "CNY"],
        gpu_hours: [2_788_000, null],
      }),
    );
    // 2,000 × ¥4,000,000 ÷ 151.65 = $52,753,049.79 → $52.8M; 192,300 yuan → 19.23万元 (the article's figure)
    assert.ok(html.includes('<td style="text-align: right;" title="52753049.785691 USD">$52.8M</td>'), html);
    assert.ok(html.includes('<td style="text-align: right;" title="192300 CNY">19.23万元</td>'), html);
    assert.ok(html.includes('<td style="text-align: right;">2,788,000</td>'), html);
    assert.ok(html.includes('<td style="text-align: right;" title="no value">—</td>'), html);
  });

  it("tableHtml shows `limit` rows and says how many it left out", () => {
    const html = tableHtml(table({ n: [1, 2, 3, 4, 5] }), { limit: 2 });
    assert.equal((html.match(/<tr>/g) ?? []).length, 3); // the header and two rows
    assert.ok(html.endsWith("<p><small>Showing 2 of 5 rows.</small></p>"));
  });

  it("tableHtml takes a list of rows as Arquero's from() reads it: the same HTML as the table", () => {
    const rows = [
      { label: "GPUs", costText: "$52.8M–$98.9M", low: 52_753_049.785691 },
      { label: "Renting", costText: "$5.58M–$13.7M", low: 5_576_000 },
    ];
    assert.equal(tableHtml(rows), tableHtml(from(rows)));
    assert.equal(
      tableHtml(rows, { columns: ["label"], limit: 1 }),
      tableHtml(from(rows), { columns: ["label"], limit: 1 }),
    );
    // shown as its table is: a number with thousands separators, right-aligned
    assert.ok(tableHtml(rows).includes('<td style="text-align: right;">52,753,049.785691</td>'));
  });

  it("tableHtml checks its input", () => {
    assert.throws(() => tableHtml("rows" as never), {
      message: 'invalid table: "rows" (expected an Arquero table)',
    });
    assert.throws(() => tableHtml([{ a: 1 }, 3] as never), {
      message: "invalid table[1]: 3 (expected a row: an object of column values, as the row builders return)",
    });
    assert.throws(() => tableHtml(table({ a: [1] }), { columns: ["b"] }), {
      message: 'unknown column: "b" (expected one of a)',
    });
    assert.throws(() => tableHtml(table({ a: [1] }), { limit: 0 }), {
      message: "invalid limit: 0 (expected a positive whole number)",
    });
  });

  it("showTable outside a tslab kernel fails with a message saying so", () => {
    assert.throws(() => showTable(table({ a: [1] })), { message: /^cannot showTable\(\): no tslab kernel is running/ });
  });

  it('escapeHtml escapes &, <, > and "', () => {
    assert.equal(escapeHtml(`a & <b> "c"`), "a &amp; &lt;b&gt; &quot;c&quot;");
  });
});
