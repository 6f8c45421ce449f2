/**
 * `gpu-cost-lab cases`: the headline cases of `data/cases.csv` (what `--case ID` takes), as a
 * table, CSV or JSON: each claim as written, who says it, its run and what it counts.
 */
import { caseSummaryRows, type CaseSummaryRow } from "../cases/cases.js";
import { CASES } from "./commands.js";
import { commandHelp } from "./help.js";
import { fail } from "./messages.js";
import { parseOptions } from "./option-table.js";
import { textTable } from "./text-table.js";

/** What `--format` accepts. */
const casesFormats = ["table", "csv", "json"] as const;

/** The fields of a row, in the order CSV writes them. */
const FIELDS: readonly (keyof CaseSummaryRow)[] = [
  "id",
  "model",
  "developer",
  "claim",
  "who",
  "contested",
  "gpu",
  "gpuCount",
  "gpuHours",
  "impliedRateUsd",
  "baseModel",
  "withBase",
  "counted",
  "notCounted",
  "unknown",
  "published",
  "source",
];

/** Runs the command; resolves with the exit status. */
export async function casesCommand(args: readonly string[]): Promise<number> {
  const { values } = parseOptions(CASES, args);
  if (values.help) {
    console.log(commandHelp(CASES));
    return Promise.resolve(0);
  }
  const format = casesFormats.find((f) => f === values.format);
  if (format === undefined) return fail("notOneOf", { name: "--format", value: values.format, choices: casesFormats });
  const rows = caseSummaryRows();
  if (format === "json") console.log(JSON.stringify(rows, null, 2));
  else if (format === "csv")
    console.log([FIELDS.join(","), ...rows.map((r) => FIELDS.map((f) => csvField(r[f])).join(","))].join("\n"));
  else
    console.log(
      textTable(
        ["id", "claim", "who", "GPU-hours", "$/GPU-hour", "with its base", "left out"],
        rows.map((r) => [
          r.id,
          r.claim || "none",
          r.contested ? `${r.who}, contested` : r.who || "",
          r.gpuHours === null ? "not stated" : r.gpuHours.toLocaleString("en-US", { maximumFractionDigits: 2 }),
          r.impliedRateUsd === null ? "" : `$${r.impliedRateUsd.toFixed(2)}`,
          r.withBase,
          r.notCounted,
        ]),
        ["left", "left", "left", "right", "right", "right", "left"],
      ),
    );
  return 0;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break; `null` empty. */
function csvField(value: string | number | null): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
