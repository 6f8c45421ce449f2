import assert from "node:assert/strict";
import { table } from "arquero";
import { escapeHtml, showTable, tableHtml } from "../../src/notebook/show-table.js";

describe("notebook/show-table", () => {
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

  it("tableHtml shows `limit` rows and says how many it left out", () => {
    const html = tableHtml(table({ n: [1, 2, 3, 4, 5] }), { limit: 2 });
    assert.equal((html.match(/<tr>/g) ?? []).length, 3); // the header and two rows
    assert.ok(html.endsWith("<p><small>Showing 2 of 5 rows.</small></p>"));
  });

  it("tableHtml checks its input", () => {
    assert.throws(() => tableHtml([{ a: 1 }] as never), {
      message: 'invalid table: [{"a":1}] (expected an Arquero table)',
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
