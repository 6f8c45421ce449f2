/**
 * Which kernel to start and how: a kernelspec (`kernels/<name>/kernel.json`) found in the
 * Jupyter data folders, or by default the tslab this package depends on, resolved as Node
 * resolves the package (not from PATH) so that the kernel is the version pinned in package.json.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "./messages.js";

/** A kernelspec, as kernel.json describes it, plus where it was found. */
export interface Kernelspec {
  readonly name: string;
  /** The command line; `{connection_file}` and `{resource_dir}` are filled in at start. */
  readonly argv: readonly string[];
  readonly displayName: string;
  readonly language: string;
  /** `signal`: SIGINT to the process (tslab, ipykernel); `message`: `interrupt_request` on control. */
  readonly interruptMode: "signal" | "message";
  readonly env: Readonly<Record<string, string>>;
  /** The folder holding kernel.json (undefined for the built-in tslab). */
  readonly resourceDir: string | undefined;
}

/** The folder of the tslab package that this module resolves (`…/node_modules/tslab`). */
export function tslabDir(): string {
  return dirname(createRequire(import.meta.url).resolve("tslab/package.json"));
}

/**
 * The preload of the project's tslab kernels (./tslab-preload.cjs, beside this module in src/ and
 * dist/): V8's code cache of TypeScript, a TypeScript program without every `@types` package, and
 * zeromq's busy socket (./tslab-patches.cjs).
 */
export const TSLAB_PRELOAD = fileURLToPath(new URL("./tslab-preload.cjs", import.meta.url));

/**
 * The tslab kernel this package depends on, run by this Node with ./tslab-preload.cjs:
 * `node --require …/tslab-preload.cjs …/node_modules/tslab/bin/tslab kernel --config-path {connection_file}`.
 */
export function projectTslab(): Kernelspec {
  return {
    name: "tslab",
    argv: [
      process.execPath,
      "--require",
      TSLAB_PRELOAD,
      join(tslabDir(), "bin", "tslab"),
      "kernel",
      "--config-path",
      "{connection_file}",
    ],
    displayName: "TypeScript (project tslab)",
    language: "typescript",
    interruptMode: "signal",
    env: {},
    resourceDir: undefined,
  };
}

/**
 * The Jupyter data folders searched for kernelspecs, in order, as Jupyter searches them: each
 * entry of `$JUPYTER_PATH`, `<prefix>/share/jupyter` for each Python environment in `prefixes`
 * (Jupyter's `sys.prefix`; the gpu-cost-lab command passes the project's `.venv`, where
 * `gpu-cost-lab lab` registers tslab), `~/.local/share/jupyter`, `/usr/local/share/jupyter`,
 * `/usr/share/jupyter`.
 */
export function jupyterDataPaths({
  prefixes = [],
  env = process.env,
}: { prefixes?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): string[] {
  const fromEnv = (env.JUPYTER_PATH ?? "").split(delimiter).filter((p) => p !== "");
  return [
    ...fromEnv,
    ...prefixes.map((prefix) => join(prefix, "share", "jupyter")),
    join(homedir(), ".local", "share", "jupyter"),
    "/usr/local/share/jupyter",
    "/usr/share/jupyter",
  ];
}

/**
 * The kernelspec named `name`, from the first data folder that has `kernels/<name>/kernel.json`;
 * with no name, or `tslab` where no kernelspec of that name is installed, the project's tslab (the
 * default is a kernel of this package, not a kernelspec on disk). An unknown name fails with
 * `unknownKernel`, naming the project's tslab, the kernels that were found and where it looked.
 */
export async function findKernelspec(
  name?: string,
  { searchPaths = jupyterDataPaths() }: { searchPaths?: readonly string[] } = {},
): Promise<Kernelspec> {
  if (name === undefined) return projectTslab();
  for (const dataDir of searchPaths) {
    const resourceDir = join(dataDir, "kernels", name);
    const text = await readFile(join(resourceDir, "kernel.json"), "utf8").catch(() => undefined);
    if (text !== undefined) return parseKernelspec(name, text, resourceDir);
  }
  const builtIn = projectTslab();
  if (name === builtIn.name) return builtIn;
  const found = (await listKernels(searchPaths)).filter((k) => k !== builtIn.name);
  return fail("unknownKernel", { name, builtIn: builtIn.name, found, searched: [...searchPaths] });
}

/** The names of all kernelspecs in `searchPaths`, sorted, without duplicates. */
export async function listKernels(searchPaths: readonly string[]): Promise<string[]> {
  const names = new Set<string>();
  for (const dataDir of searchPaths) {
    const entries = await readdir(join(dataDir, "kernels"), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) names.add(entry.name);
  }
  return [...names].sort();
}

/** A kernelspec from the text of its kernel.json; `badKernelspec` when it has no usable argv. */
export function parseKernelspec(name: string, text: string, resourceDir: string): Kernelspec {
  const path = join(resourceDir, "kernel.json");
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return fail("badKernelspec", { path, reason: "it is not JSON" });
  }
  const argv = json.argv;
  if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === "string")) {
    fail("badKernelspec", { path, reason: "argv is not a non-empty list of strings" });
  }
  const env = typeof json.env === "object" && json.env !== null ? (json.env as Record<string, string>) : {};
  return {
    name,
    argv: argv,
    displayName: typeof json.display_name === "string" ? json.display_name : name,
    language: typeof json.language === "string" ? json.language : "",
    interruptMode: json.interrupt_mode === "message" ? "message" : "signal",
    env,
    resourceDir,
  };
}

/** `argv` with `{connection_file}` and `{resource_dir}` filled in. */
export function kernelCommand(spec: Kernelspec, connectionFile: string): string[] {
  return spec.argv.map((arg) =>
    arg.replaceAll("{connection_file}", connectionFile).replaceAll("{resource_dir}", spec.resourceDir ?? ""),
  );
}
