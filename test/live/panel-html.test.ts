import assert from "node:assert/strict";
import { assumptions } from "../../src/assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs } from "../../src/assumptions/specs.js";
import { gpuIds } from "../../src/gpu/catalog.js";
import { assumptionsPanelHtml, choicesOf, controlId, scenarioChanges } from "../../src/live/panel-html.js";
import { SHIPPED_CASE_IDS } from "../cases/shipped.js";

const scenarios = [
  { name: "full-programme", description: 'Experiments "2–4×"', assumptions: { experimentsMultiplier: [2, 4] } },
];

describe("live/panel-html", () => {
  it("assumptionsPanelHtml has the case's list, then one control per assumption of assumptionSpecs, named after it, in their order", () => {
    const html = assumptionsPanelHtml({ overrides: {}, resolved: assumptions(), scenarios });
    const names = [...html.matchAll(/<(?:input|select)[^>]* id="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(names, [["live-a-case", "case"], ...assumptionNames.map((n) => [controlId(n), n])]);
    for (const name of assumptionNames) assert.ok(html.includes(`<output id="${controlId(name)}-message"`), name);
    assert.ok(html.startsWith('<form id="live-panel" class="live-panel" hidden'), "hidden until the script shows it");
  });

  it("the case's list offers every case of data/cases.csv, the run's selected, the default marked", () => {
    const html = assumptionsPanelHtml({
      overrides: { case: "minimax-m1" },
      resolved: assumptions({ case: "minimax-m1" }),
      scenarios,
    });
    const list = /<select id="live-a-case" name="case"[^>]*>(.*?)<\/select>/.exec(html)![1]!;
    assert.deepEqual(
      [...list.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]),
      SHIPPED_CASE_IDS,
    );
    // each option's words written ahead in every language (data-t-langs), for the page's switch
    assert.match(list, /<option value="minimax-m1" selected data-t-langs="[^"]*">MiniMax-M1: \$534,700<\/option>/);
    assert.match(list, /<option value="deepseek-v3" data-t-langs="[^"]*">DeepSeek-V3: \$5.576M \(default\)<\/option>/);
    assert.match(list, /<option value="llama-3.1-405b" data-t-langs="[^"]*">Llama 3.1 405B: no claim<\/option>/);
    assert.ok(list.includes("Llama 3.1 405B: 未公布数字"), "the zh words beside them");
  });

  it("a choice is a list of its choices with the one in use selected; a quantity a box, blank at its default", () => {
    const html = assumptionsPanelHtml({
      overrides: { gpuCount: 2048, currency: "JPY" },
      resolved: assumptions({ gpuCount: 2048, currency: "JPY" }),
      scenarios,
    });
    assert.deepEqual(choicesOf("gpu"), gpuIds());
    assert.equal(choicesOf("gpuCount"), undefined);
    assert.ok(html.includes('<option value="JPY" selected>JPY</option>'), html);
    assert.ok(
      html.includes(
        // the default's text written ahead in every language, for the page's switch
        '<option value="USD" data-t-langs="{&quot;en&quot;:&quot;USD (default)&quot;,&quot;zh&quot;:&quot;USD（默认）&quot;,&quot;ja&quot;:&quot;USD（既定）&quot;}">USD (default)</option>',
      ),
      html,
    );
    assert.ok(
      html.includes(
        `name="gpuCount" aria-describedby="${controlId("gpuCount")}-message" value="2048" placeholder="2048"`,
      ),
      html,
    );
    // a blank box shows the default as a reader would type it
    assert.ok(
      html.includes(
        `name="gpuPrice" aria-describedby="${controlId("gpuPrice")}-message" value="" placeholder="400万～500万日元"`,
      ),
      html,
    );
    // a reader's words first, the name for code beside them, the meaning and source as the tooltip
    assert.ok(
      html.includes(
        `title="${`${assumptionSpecs.gpuCount.meaning}. Source: ${assumptionSpecs.gpuCount.source}`.replace(/"/g, "&quot;")}"><span class="plain" data-t="assumption.gpuCount">GPUs bought</span> <code>gpuCount</code></label>`,
      ),
      html,
    );
  });

  it("assumptionsPanelHtml has a button per scenario and Reset, and escapes what it writes", () => {
    const html = assumptionsPanelHtml({
      overrides: { gpuPrice: '"><script>x</script>' },
      resolved: assumptions(),
      scenarios,
    });
    assert.ok(
      html.includes(
        // what the scenario changes, written ahead in every language for the page's switch
        '<button type="button" data-scenario="full-programme" title="Experiments &quot;2–4×&quot;">full-programme<small data-t-langs="{&quot;en&quot;:&quot;changed: experimentsMultiplier 1 → 2–4; no headline figure moves&quot;,&quot;zh&quot;:&quot;改动：experimentsMultiplier 1 → 2～4；主要数字不变&quot;,&quot;ja&quot;:&quot;変更：experimentsMultiplier 1 → 2～4、主な数字は変わらない&quot;}">changed: experimentsMultiplier 1 → 2–4; no headline figure moves</small></button>',
      ),
      html,
    );
    assert.ok(html.includes('<button type="button" id="live-reset"'), html);
    assert.ok(!html.includes("<script>"), html);
    assert.ok(html.includes('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"'), html);
  });
});

describe("live/panel-html: scenarioChanges", () => {
  it("scenarioChanges says what a scenario changes from the defaults, and when no headline figure moves", () => {
    // the paper's cluster: 2,048 GPUs instead of the article's 2,000–3,000; the headline's purchase follows
    assert.equal(
      scenarioChanges({ assumptions: { gpuCount: 2048, gpuHours: 2788000 } }),
      "changed: gpuCount 2,000–3,000 → 2,048",
    );
    // the speed ratio enters no headline figure
    assert.equal(
      scenarioChanges({ assumptions: { speedRatio: 1 } }),
      "changed: speedRatio 0.5–1 → 1; no headline figure moves",
    );
    assert.equal(scenarioChanges({ assumptions: {} }), "changes nothing: every assumption at its default");
  });
});
