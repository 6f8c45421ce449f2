/**
 * `--help`, written from the command tables (./commands.ts) that the parser reads: an option
 * exists in the help exactly when the parser accepts it.
 */
import type { CommandSpec, OptionSpec } from "./option-table.js";

/** Lines are wrapped to this many characters. */
const WIDTH = 100;
/** Option help starts in this column at least (more when a flag is longer). */
const HELP_COLUMN = 23;

/** `gpu-cost-lab --help`: the commands and what each does. */
export function toolHelp(commands: readonly CommandSpec[]): string {
  const names = commands.map((c) => usageOf(c));
  const column = Math.max(...names.map((n) => n.length)) + 5;
  return [
    "Usage: gpu-cost-lab <command> [options]",
    "",
    "Commands:",
    ...commands.flatMap((c, i) => wrap(c.summary, column, `  ${names[i]!}`)),
    "",
    "gpu-cost-lab <command> --help shows a command's options.",
  ].join("\n");
}

/** `gpu-cost-lab <command> --help`: usage, what it does, every option of its table, exit status. */
export function commandHelp(command: CommandSpec): string {
  // options without a group first, under "Options", then each group in the order it first appears
  const entries = Object.entries(command.options);
  const grouped = new Set(entries.map(([, o]) => o.group));
  const groups = [...(grouped.has(undefined) ? [undefined] : []), ...[...grouped].filter((g) => g !== undefined)];
  const flags = entries.map(([name, o]) => flagText(name, o));
  const column = Math.max(HELP_COLUMN, ...flags.map((f) => f.length + 4));
  const lines = [`Usage: gpu-cost-lab ${usageOf(command)} [options]${passThroughText(command)}`, ""];
  command.description.forEach((paragraph, i) => lines.push(...(i === 0 ? [] : [""]), ...wrap(paragraph, 0, "")));
  for (const group of groups) {
    lines.push("", `${group ?? "Options"}:`);
    entries.forEach(([, option], i) => {
      if (option.group !== group) return;
      const paragraphs = typeof option.help === "string" ? [option.help] : [...option.help];
      const shown = option.default ?? option.defaultText;
      if (shown !== undefined) paragraphs[0] = `${paragraphs[0]} (default: ${shown})`;
      paragraphs.forEach((p, j) => lines.push(...wrap(p, column, j === 0 ? `  ${flags[i]!}` : "")));
    });
  }
  lines.push("", ...wrap(command.exitStatus, 0, ""));
  return lines.join("\n");
}

/** `run NOTEBOOK`, `report`. */
function usageOf(command: CommandSpec): string {
  return command.positional === undefined ? command.name : `${command.name} ${command.positional}`;
}

/** ` [jupyter lab options…]` for a command that passes on what it does not know. */
function passThroughText(command: CommandSpec): string {
  return command.passThrough === undefined ? "" : ` [${command.passThrough} options…]`;
}

/** `-f, --file FILE`, `--allow-errors`. */
function flagText(name: string, option: OptionSpec): string {
  const short = option.short === undefined ? "" : `-${option.short}, `;
  const value = option.type === "string" ? ` ${option.value ?? "VALUE"}` : "";
  return `${short}--${name}${value}`;
}

/**
 * `text` in lines of at most {@link WIDTH} characters, each indented to `column`; the first
 * line starts with `lead` (padded to the column, or on a line of its own when longer).
 */
function wrap(text: string, column: number, lead: string): string[] {
  const lines: string[] = [];
  let line = lead.length + 1 < column || lead === "" ? lead.padEnd(column) : (lines.push(lead), " ".repeat(column));
  let empty = true;
  for (const word of text.split(/ +/)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(column);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
