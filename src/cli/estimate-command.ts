/**
 * `gpu-cost-lab estimate`: the headline estimate in the terminal, at once: the assumptions from
 * `--scenario`, `-f` and `--set` (checked as for `run` and `report`), `estimate()` in this
 * process, and its headline rows as a table, CSV or JSON. No notebook, no kernel, no runner.
 */
import { headlineCsv } from "../analysis/headline/headline-csv.js";
import { HEADLINE_MONTE_CARLO, headlineDraws } from "../analysis/headline/headline-draws.js";
import {
  headlineCaption,
  headlineRows,
  headlineSpreadNote,
  type HeadlineDraws,
  type HeadlineRow,
} from "../analysis/headline/headline-rows.js";
import { estimate } from "../assumptions/estimate.js";
import { simulate } from "../assumptions/simulate.js";
import { withExperiments } from "../assumptions/with-experiments.js";
import { fail } from "./messages.js";
import { ESTIMATE } from "./commands.js";
import { commandHelp } from "./help.js";
import { parseOptions } from "./option-table.js";
import { assumptionChoice, langChoice, type AssumptionChoice } from "./options.js";
import type { Lang } from "../i18n/lang.js";
import { text } from "../i18n/text.js";
import { textTable } from "./text-table.js";

/** What `--format` accepts. */
const estimateFormats = ["table", "csv", "json"] as const;

/** Runs the command; resolves with the exit status. */
export async function estimateCommand(args: readonly string[]): Promise<number> {
  const { values } = parseOptions(ESTIMATE, args);
  if (values.help) {
    console.log(commandHelp(ESTIMATE));
    return 0;
  }
  const format = estimateFormats.find((f) => f === values.format);
  if (format === undefined)
    return fail("notOneOf", { name: "--format", value: values.format, choices: estimateFormats });
  const lang = langChoice(values.lang);
  const choice = await assumptionChoice(values);
  const e = estimate(choice.resolved);
  // the one figure to quote: the Monte Carlo's median and 90% interval (the programme at 2–4 when
  // the assumptions count the final run only, as the table shows it)
  const draws: HeadlineDraws = headlineDraws(
    simulate(withExperiments(choice.resolved), HEADLINE_MONTE_CARLO),
    e.reported?.low,
  );
  const rows = headlineRows(e, draws, lang);
  if (format === "csv") console.log(headlineCsv(rows).slice(0, -1));
  else if (format === "json") {
    // A JSON round trip: Money and Range values serialise through their toJSON, as in summary.json.
    const { assumptions: _omitted, ...figures } = JSON.parse(JSON.stringify(e)) as Record<string, unknown>;
    const { overrides, from, resolved } = choice;
    console.log(
      JSON.stringify({ assumptions: { overrides, from, resolved }, headline: rows, estimate: figures }, null, 2),
    );
  } else
    console.log(
      `${text(lang, "estimate.heading")}${lang === "en" ? " " : ""}${headlineCaption(e, lang)}\n${assumptionsLine(choice, lang)}\n\n${table(rows, lang)}\n\n${headlineSpreadNote(draws, lang)}`,
    );
  return 0;
}

/** The rows as the README's table: view, low, high, the median and 90% interval of the draws, × reported. */
function table(rows: readonly HeadlineRow[], lang: Lang): string {
  const columns = ["view", "low", "high", "median", "interval", "times"] as const;
  return textTable(
    columns.map((c) => text(lang, `headline.column.${c}`)),
    rows.map((r) => [r.label, r.lowText, r.highText, r.medianText, r.intervalText, r.timesReportedText]),
    ["left", "right", "right", "right", "right", "right"],
  );
}

/** `Assumptions: the defaults.`, or where the changes came from: `Assumptions: scenario full-programme; --set gpuCount=2048.` */
function assumptionsLine({ from, overrides }: AssumptionChoice, lang: Lang): string {
  const headline = overrides.case;
  const parts = [
    ...(headline === undefined
      ? []
      : [
          typeof headline === "string"
            ? text(lang, "estimate.case", { id: headline })
            : text(lang, "estimate.caseFile", { id: String((headline as { id?: unknown }).id) }),
        ]),
    ...(from.scenario ? [text(lang, "estimate.scenario", { name: from.scenario.name })] : []),
    ...(from.file === undefined ? [] : [`-f ${from.file}`]),
    ...(from.set
      ? [
          `--set ${Object.entries(from.set)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(" ")}`,
        ]
      : []),
  ];
  if (parts.length === 0) return text(lang, "estimate.defaults");
  return text(lang, "estimate.changed", { changes: parts.join(text(lang, "page.panel.changeSeparator")) });
}
