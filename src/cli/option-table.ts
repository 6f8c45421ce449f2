/**
 * A command and its options, declared once: node:util's parseArgs reads the same table that
 * `--help` is written from (./help.ts), so the help cannot name an option the parser refuses, or
 * miss one it accepts. Parse errors become `badArguments` (exit status 2).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { fail } from "./messages.js";

/** One option: `--timeout S`. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** One letter: `f` for `-f`. */
  readonly short?: string;
  /** May be given more than once (`--set a=1 --set b=2`); the values come as a list. */
  readonly multiple?: boolean;
  /** A default the parser fills in, shown in the help as `(default: 300)`. */
  readonly default?: string;
  /** A default the command works out itself, shown in the help only: `(default: the number of CPUs)`. */
  readonly defaultText?: string;
  /** The value's name in the help: `S`, `FILE`, `KEY=VALUE`. String options only. */
  readonly value?: string;
  /** What it does: one paragraph per entry (the help wraps each). */
  readonly help: string | readonly string[];
  /** The heading it is listed under in the help; options without one come first, under `Options:`. */
  readonly group?: string;
}

/** Options by long name (`allow-errors` for `--allow-errors`), in the order the help lists them. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** A command of `gpu-cost-lab`: what the top-level help lists, what its own `--help` says, what it accepts. */
export interface CommandSpec {
  readonly name: string;
  /** One line for `gpu-cost-lab --help`. */
  readonly summary: string;
  /** The name of its one positional argument (`NOTEBOOK`), if it takes one. */
  readonly positional?: string;
  /** Where arguments it does not know go (`jupyter lab`), in order; without it, they are refused. */
  readonly passThrough?: string;
  /**
   * It leaves Ctrl-C to a program it runs in the foreground (JupyterLab asks before it quits), so
   * the entry point installs no signal handlers of its own.
   */
  readonly ownsSignals?: boolean;
  /** What it does, one paragraph per entry. */
  readonly description: readonly string[];
  readonly options: OptionTable;
  /** `Exit status: 0 …`, one paragraph. */
  readonly exitStatus: string;
}

/** The values parseArgs gives for `T`: a string, a list of strings or a boolean per option. */
export type OptionValues<T extends OptionTable> = {
  -readonly [K in keyof T]?: T[K]["type"] extends "boolean"
    ? boolean
    : T[K]["multiple"] extends true
      ? string[]
      : string;
} & { [K in keyof T as T[K]["default"] extends string ? K : never]-?: string };

/** What {@link parseOptions} found. */
export interface ParsedArguments<T extends OptionTable> {
  readonly values: OptionValues<T>;
  /** The positional argument, when the command takes one. */
  readonly positional: string | undefined;
  /** With `passThrough`: the arguments that are not this command's, in the order given. */
  readonly rest: readonly string[];
}

/**
 * The arguments of `command`: each option checked against its table, the positional counted.
 * `--jobs -1` reads -1 as the value of `--jobs` (parseArgs alone calls it ambiguous), so that
 * the command can say what it accepts. Errors: `badArguments`, `Unknown option '--jbos' (see
 * gpu-cost-lab report --help)`.
 */
export function parseOptions<T extends OptionTable>(
  command: CommandSpec & { readonly options: T },
  args: readonly string[],
): ParsedArguments<T> {
  const options = parserOptions(command.options);
  const wrong = (message: string): never => fail("badArguments", { command: command.name, message });
  if (command.passThrough !== undefined) {
    const { values, rest } = splitPassThrough(command, options, args);
    return { values: values as OptionValues<T>, positional: undefined, rest };
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeValuesInline(command.options, args),
      options,
      allowPositionals: command.positional !== undefined,
      strict: true,
    });
  } catch (error) {
    return wrong((error as Error).message);
  }
  const { positionals } = parsed;
  if (command.positional !== undefined && positionals.length !== 1 && parsed.values["help"] !== true)
    wrong(`Expected one ${command.positional}, got ${positionals.length}`);
  return { values: parsed.values as OptionValues<T>, positional: positionals[0], rest: [] };
}

/** The table as parseArgs takes it. */
function parserOptions(table: OptionTable): NonNullable<ParseArgsConfig["options"]> {
  return Object.fromEntries(
    Object.entries(table).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short === undefined ? {} : { short: o.short }),
        ...(o.multiple === undefined ? {} : { multiple: o.multiple }),
        ...(o.default === undefined ? {} : { default: o.default }),
      },
    ]),
  );
}

/** `--jobs -1` → `--jobs=-1` and `-f -2` → `-f-2`: a string option followed by a negative number takes it. */
function negativeValuesInline(table: OptionTable, args: readonly string[]): string[] {
  const takesValue = new Set<string>();
  for (const [name, o] of Object.entries(table)) {
    if (o.type !== "string") continue;
    takesValue.add(`--${name}`);
    if (o.short !== undefined) takesValue.add(`-${o.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === "--") return [...out, ...args.slice(i)];
    if (takesValue.has(arg) && next !== undefined && /^-(\d|\.\d|Infinity$)/.test(next)) {
      out.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * A pass-through command's own options, and the rest in order: `--setup-only --port=9000` gives
 * `{ setup-only: true }` and `["--port=9000"]`. After `--`, everything is passed on.
 */
function splitPassThrough(
  command: CommandSpec,
  options: NonNullable<ParseArgsConfig["options"]>,
  args: readonly string[],
): { values: Record<string, string | boolean>; rest: string[] } {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean> = {};
  const rest: string[] = [];
  const passed = new Set<number>(); // `-xy` is two tokens of one argument
  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      rest.push(...args.slice(token.index + 1));
      break;
    }
    const own = token.kind === "option" ? command.options[token.name] : undefined;
    if (token.kind === "option" && own !== undefined) {
      if (own.type === "boolean" && token.value !== undefined)
        fail("badArguments", {
          command: command.name,
          message: `Option '--${token.name}' does not take an argument`,
        });
      values[token.name] = own.type === "boolean" ? true : (token.value ?? "");
    } else if (!passed.has(token.index)) {
      passed.add(token.index);
      rest.push(args[token.index]!);
    }
  }
  return { values, rest };
}
