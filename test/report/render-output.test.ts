import assert from "node:assert/strict";
import { renderBundle, renderOutput } from "../../src/report/render-output.js";

describe("report/render-output", () => {
  it("renderOutput shows streams and errors escaped in <pre>, colour codes removed", () => {
    assert.equal(
      renderOutput({ output_type: "stream", name: "stdout", text: ["<b>1</b>\n"] }),
      '<pre class="output stream stdout">&lt;b&gt;1&lt;/b&gt;\n</pre>',
    );
    assert.equal(
      renderOutput({ output_type: "error", ename: "E", evalue: "v", traceback: ["\x1b[31mE: <v>\x1b[0m"] }),
      '<pre class="output error">E: &lt;v&gt;</pre>',
    );
  });

  it("renderBundle prefers the chart's static SVG, inline and sanitised, over the interactive spec", () => {
    const html = renderBundle({
      "application/vnd.vegalite.v5+json": { mark: "bar" },
      "image/svg+xml": ['<svg xmlns="http://www.w3.org/2000/svg"><script>x</script>', "<rect/></svg>"],
    });
    assert.equal(
      html,
      '<figure class="output chart"><svg xmlns="http://www.w3.org/2000/svg"><rect></rect></svg></figure>',
    );
  });

  it("renderBundle says so when a chart has no static copy, with the reason the runner recorded", () => {
    assert.equal(
      renderBundle({ "application/vnd.vegalite.v5+json": { mark: "bar" } }),
      '<p class="output note">An interactive chart: open the executed notebook in JupyterLab to see it (no static copy could be rendered).</p>',
    );
    const tooBig = {
      output_type: "display_data",
      data: { "application/vnd.vegalite.v5+json": { mark: "bar" }, "text/plain": ["Chart not drawn"] },
      metadata: {
        "gpu-cost-lab/static-chart": { error: "over the limit of 512 MB of memory for drawing a chart <x>" },
      },
    } as const;
    assert.equal(
      renderOutput(tooBig),
      '<p class="output note">An interactive chart: open the executed notebook in JupyterLab to see it (over the limit of 512 MB of memory for drawing a chart &lt;x&gt;).</p>',
    );
  });

  it("renderBundle sanitises text/html to a table, and falls back to escaped text/plain", () => {
    assert.equal(
      renderBundle({ "text/html": "<table><tr><td>1<script>alert(1)</script></td></tr></table>", "text/plain": "x" }),
      '<div class="output html"><table><tr><td>1</td></tr></table></div>',
    );
    assert.equal(renderBundle({ "text/plain": ["<i>", "</i>"] }), '<pre class="output text">&lt;i&gt;&lt;/i&gt;</pre>');
  });

  it("renderBundle embeds PNGs only when the data is plain base64", () => {
    assert.equal(
      renderBundle({ "image/png": "iVBORw0KGgo=\n" }),
      '<img class="output image" alt="" src="data:image/png;base64,iVBORw0KGgo=">',
    );
    assert.equal(renderBundle({ "image/png": '"><script>alert(1)</script>' }).includes("<script"), false);
  });
});
