import { headlineRows, type HeadlineRow } from "../analysis/headline/headline-rows.js";
import { assumptions, type Assumptions } from "../assumptions/assumptions.js";
import { estimate } from "../assumptions/estimate.js";
import { assumptionNames, assumptionSpecs, type AssumptionName, type AssumptionSpec } from "../assumptions/specs.js";
import { rateSetNames } from "../fx/convert.js";
import { moneyText, quantityText } from "../format/text.js";
import { gpuIds } from "../gpu/catalog.js";
import { setValueText } from "../input/set-value.js";
import { escapeHtml } from "../display/show-table.js";
import { assumptionText } from "./assumption-text.js";
import { withTerms } from "./glossary.js";
import { langs, type Lang } from "../i18n/lang.js";
import { amountText, countIn } from "../i18n/numbers.js";
import { text } from "../i18n/text.js";
import { pageTextsIn, textSpan } from "./page-texts.js";
import type { LiveScenario } from "./page-data.js";
import { allCases } from "../cases/case-of.js";
import { DEFAULT_CASE } from "../cases/default-case.js";

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
  /** The page's language. Defaults to `"en"`. */
  readonly lang?: Lang;
}

/**
 * The assumptions panel of the live report, one control per assumption of `assumptionSpecs` in
 * its documented order, each named for its assumption (`name="gpuCount"`): a list for a choice,
 * else a box that takes what `--set` takes (a blank box is the default, shown as its placeholder),
 * with a place for the library's message beside it; a button per scenario, and Reset. Written
 * `hidden`: the page's script shows it (without JavaScript it could do nothing).
 */
export function assumptionsPanelHtml({ overrides, resolved, scenarios, lang = "en" }: PanelOptions): string {
  const t = pageTextsIn(lang).panel;
  const controls = [
    caseControl(resolved, overrides, lang),
    ...assumptionNames.map((name) => control(name, overrides, resolved, lang)),
  ].join("\n");
  const buttons = scenarios
    .map((s) => {
      // what the scenario changes, in every language, so that the page's switch picks one without computing
      const all = Object.fromEntries(langs.map((l) => [l, scenarioChanges(s, l)]));
      return `<button type="button" data-scenario="${escapeHtml(s.name)}" title="${escapeHtml(s.description)}">${escapeHtml(s.name)}<small data-t-langs="${escapeHtml(JSON.stringify(all))}">${escapeHtml(all[lang]!)}</small></button>`;
    })
    .join(" ");
  return `<form id="live-panel" class="live-panel" hidden autocomplete="off" aria-label="${escapeHtml(t.heading)}">
<h3>${textSpan(lang, "page.panel.heading")}</h3>
<p class="muted">${textSpan(lang, "page.panel.help")}</p>
<p class="scenarios">${textSpan(lang, "page.panel.scenarios")} ${buttons} <button type="button" id="live-reset" title="${escapeHtml(t.resetTitle)}">${textSpan(lang, "page.panel.reset")}</button></p>
<p id="live-problem" class="message" role="alert"></p>
${controls}
</form>`;
}

/**
 * What a scenario changes from the defaults, as its button says it: each assumption it sets to
 * another value, from → to (`changed: gpuCount 2,000–3,000 → 2,048`), and, when no headline
 * figure moves, that too (`; no headline figure moves`); a scenario that sets nothing says so.
 */
export function scenarioChanges(scenario: Pick<LiveScenario, "assumptions">, lang: Lang = "en"): string {
  const t = pageTextsIn(lang).panel;
  const defaults = assumptions({});
  const set = assumptions(scenario.assumptions);
  const changes = assumptionNames
    .filter((name) => setValueText(set[name]) !== setValueText(defaults[name]))
    .map((name) => t.change({ name, from: readerText(defaults[name], lang), to: readerText(set[name], lang) }));
  if (changes.length === 0) return t.noChange;
  const figures = (rows: readonly HeadlineRow[]) => rows.map((r) => `${r.lowText} ${r.highText}`).join("|");
  const moves = figures(headlineRows(estimate(set))) !== figures(headlineRows(estimate(defaults)));
  return `${t.changes({ changes })}${moves ? "" : `${t.separator}${t.noHeadline}`}`;
}

/** A value as a reader reads it: `2,000–3,000`, `JPY 4.0M–5.0M`, `H800`. */
function readerText(value: Assumptions[AssumptionName], lang: Lang): string {
  if (typeof value === "string") return value;
  if (lang !== "en")
    return "currency" in value
      ? amountText(lang, value.low, value.high, value.currency)
      : countIn(lang, value.low, value.high);
  if ("currency" in value) return moneyText(value.low, value.high, value.currency);
  return quantityText(value.low, value.high);
}

/**
 * The headline case's list (`name="case"`): every case of `data/cases.csv` by id, with its model
 * and claim; a case the run took from a file is offered as its JSON, as a shared link keeps it.
 */
function caseControl(resolved: Assumptions, overrides: Readonly<Record<string, unknown>>, lang: Lang): string {
  const id = controlId("case");
  const t = pageTextsIn(lang).panel;
  // a case written by hand comes as an object: offered as its JSON, as a shared link keeps it
  const written = typeof overrides.case === "object" && overrides.case !== null ? overrides.case : undefined;
  const current = written ? undefined : (resolved.case?.id ?? DEFAULT_CASE);
  const options = allCases().map((c) => {
    // the claim as its source words it (a quote); "(default)" and "no claim" in the page's language
    const all = Object.fromEntries(
      langs.map((l) => {
        const words = `${c.model}: ${c.claims[0]?.text ?? pageTextsIn(l).panel.noClaim}`;
        return [l, c.id === DEFAULT_CASE ? text(l, "page.panel.default", { choice: words }) : words];
      }),
    );
    return `<option value="${escapeHtml(c.id)}"${c.id === current ? " selected" : ""} data-t-langs="${escapeHtml(JSON.stringify(all))}">${escapeHtml(all[lang]!)}</option>`;
  });
  if (written)
    options.push(
      `<option value="${escapeHtml(setValueText(written))}" selected>${escapeHtml(`${resolved.case.model} (${t.caseFile})`)}</option>`,
    );
  const label = `<label for="${id}" title="${escapeHtml(t.caseTitle)}"><span class="plain" data-t="page.panel.caseLabel">${escapeHtml(t.caseLabel)}</span> <code>case</code></label>`;
  return `<div class="assumption" data-assumption="case">${label}<select id="${id}" name="case" aria-describedby="${id}-message">${options.join("")}</select><output id="${id}-message" class="message" for="${id}"></output></div>`;
}

function control(
  name: AssumptionName,
  overrides: Readonly<Record<string, unknown>>,
  resolved: Assumptions,
  lang: Lang,
): string {
  const spec: AssumptionSpec = assumptionSpecs[name];
  const id = controlId(name);
  // a reader's words first, the name for code and --set beside them, the meaning and source as the tooltip
  const label = `<label for="${id}" title="${escapeHtml(`${spec.meaning}. Source: ${spec.source}`)}"><span class="plain" data-t="assumption.${name}">${withTerms(escapeHtml(text(lang, `assumption.${name}`)))}</span> <code>${escapeHtml(name)}</code></label>`;
  const message = `<output id="${id}-message" class="message" for="${id}"></output>`;
  const choices = choicesOf(name);
  const attributes = `id="${id}" name="${escapeHtml(name)}" aria-describedby="${id}-message"`;
  let box: string;
  if (choices) {
    const current = resolved[name] as string;
    const options = choices.map((c) =>
      c === spec.default
        ? `<option value="${escapeHtml(c)}"${c === current ? " selected" : ""}${defaultIn(lang, c)}</option>`
        : `<option value="${escapeHtml(c)}"${c === current ? " selected" : ""}>${escapeHtml(c)}</option>`,
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

/** A default choice's text, `H800 (default)`, written ahead in every language for the page's switch. */
function defaultIn(lang: Lang, choice: string): string {
  const all = Object.fromEntries(langs.map((l) => [l, text(l, "page.panel.default", { choice })]));
  return ` data-t-langs="${escapeHtml(JSON.stringify(all))}">${escapeHtml(all[lang]!)}`;
}
