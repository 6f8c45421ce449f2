import type { Assumptions } from "../assumptions/assumptions.js";
import { assumptionNames, assumptionSpecs, type AssumptionName, type AssumptionSpec } from "../assumptions/specs.js";
import { rateSetNames } from "../fx/convert.js";
import { gpuIds } from "../gpu/catalog.js";
import { setValueText } from "../input/set-value.js";
import { escapeHtml } from "../display/show-table.js";
import { assumptionText } from "./assumption-text.js";
import type { LiveScenario } from "./page-data.js";

/** The id of an assumption's box (`live-a-gpuCount`); its message is `live-a-gpuCount-message`. */
export function controlId(name: string): string {
  return `live-a-${name}`;
}

/** The choices of a choice assumption: its list, or the GPU catalog's ids, or the FX rate sets. */
export function choicesOf(name: AssumptionName): readonly string[] | undefined {
  const { kind } = assumptionSpecs[name] as AssumptionSpec;
  if (kind.kind !== "choice") return undefined;
  return kind.choices === "gpus" ? gpuIds() : kind.choices === "rate sets" ? rateSetNames() : kind.choices;
}

/** Options of {@link assumptionsPanelHtml}. */
export interface PanelOptions {
  /** The report run's overrides: the boxes start with them. */
  readonly overrides: Readonly<Record<string, unknown>>;
  /** The run's validated assumptions: the selected choices, and each blank box's placeholder (the value in use). */
  readonly resolved: Assumptions;
  readonly scenarios: readonly LiveScenario[];
}

/**
 * The assumptions panel of the live report, one control per assumption of `assumptionSpecs` in
 * its documented order, each named for its assumption (`name="gpuCount"`): a list for a choice,
 * else a box that takes what `--set` takes (a blank box is the default, shown as its placeholder),
 * with a place for the library's message beside it; a button per scenario, and Reset. Written
 * `hidden`: the page's script shows it (without JavaScript it could do nothing).
 */
export function assumptionsPanelHtml({ overrides, resolved, scenarios }: PanelOptions): string {
  const controls = assumptionNames.map((name) => control(name, overrides, resolved)).join("\n");
  const buttons = scenarios
    .map(
      (s) =>
        `<button type="button" data-scenario="${escapeHtml(s.name)}" title="${escapeHtml(s.description)}">${escapeHtml(s.name)}</button>`,
    )
    .join(" ");
  return `<form id="live-panel" class="live-panel" hidden autocomplete="off" aria-label="Assumptions">
<h3>Assumptions</h3>
<p class="muted">Each box takes what a notebook's parameters cell and <code>--set</code> take: a number, <code>[low, high]</code>, JSON, or an amount as the article writes it (<code>400万～500万日元</code>). A blank box is the default, shown greyed.</p>
<p class="scenarios">Scenarios: ${buttons} <button type="button" id="live-reset" title="The assumptions this report was run with">Reset to the report's run</button></p>
<p id="live-problem" class="message" role="alert"></p>
${controls}
</form>`;
}

function control(name: AssumptionName, overrides: Readonly<Record<string, unknown>>, resolved: Assumptions): string {
  const spec: AssumptionSpec = assumptionSpecs[name];
  const id = controlId(name);
  const label = `<label for="${id}" title="${escapeHtml(`Source: ${spec.source}`)}"><code>${escapeHtml(name)}</code> <span class="meaning">${escapeHtml(spec.meaning)}</span></label>`;
  const message = `<output id="${id}-message" class="message" for="${id}"></output>`;
  const choices = choicesOf(name);
  const attributes = `id="${id}" name="${escapeHtml(name)}" aria-describedby="${id}-message"`;
  let box: string;
  if (choices) {
    const current = resolved[name] as string;
    const options = choices.map(
      (c) =>
        `<option value="${escapeHtml(c)}"${c === current ? " selected" : ""}>${escapeHtml(c)}${c === spec.default ? " (default)" : ""}</option>`,
    );
    box = `<select ${attributes}>${options.join("")}</select>`;
  } else {
    const given = overrides[name];
    const value = given === undefined ? "" : setValueText(given);
    const placeholder = assumptionText(resolved[name]);
    box = `<input type="text" ${attributes} value="${escapeHtml(value)}" placeholder="${escapeHtml(placeholder)}" spellcheck="false">`;
  }
  return `<div class="assumption" data-assumption="${escapeHtml(name)}">${label}${box}${message}</div>`;
}
