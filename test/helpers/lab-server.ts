/**
 * Starting JupyterLab from the project's environment (see ./lab-env.ts): the command line both
 * `npm run lab` and the end-to-end test use, and `startLab()`, a server on a free loopback port with
 * a random token and throwaway Jupyter folders, that the caller can stop with everything it started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { listProcesses, processTree, signalAll, waitGone, type ProcessInfo } from "./lab-processes.js";
import { labArgs } from "../../src/cli/lab-args.js";
import type { LabEnv } from "../../src/cli/lab-env.js";
import { fail } from "../../src/cli/messages.js";

/** Options of `startLab()`. */
export interface StartLabOptions {
  /** Folder the server shows; kernels start below it. Defaults to `<project>/notebooks`. */
  rootDir?: string;
  /** Loopback port. Defaults to a free one the system picks. */
  port?: number;
  /** Access token. Defaults to 24 random bytes, hex. */
  token?: string;
  /** JupyterLab user settings written into the temporary settings folder, by plugin id. Defaults to none. */
  settings?: Record<string, Record<string, unknown>>;
  /** Give up waiting for the server after this long. Defaults to 60 s (it takes about 2–4 s here). */
  timeoutMs?: number;
  /** Called with each line the server logs. Defaults to keeping them (see `RunningLab.log`). */
  onLog?: (line: string) => void;
}

/** A running JupyterLab server. */
export interface RunningLab {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  token: string;
  port: number;
  pid: number;
  /** Everything the server logged so far. */
  log: string[];
  /** Seconds from spawn until the server answered. */
  startSeconds: number;
  /** The server's process tree now (the server and its kernels). */
  processes(): ProcessInfo[];
  /** Ask the server to shut down (kernels too), then kill whatever is left; removes the temporary folders. */
  stop(): Promise<void>;
  /** The same at once, synchronously, with SIGKILL: for a SIGINT handler. */
  killNow(): void;
}

/**
 * Start JupyterLab for a test: a free loopback port, a random token, and temporary
 * `JUPYTER_RUNTIME_DIR`, `JUPYTER_CONFIG_DIR`, `JUPYTER_DATA_DIR`, settings and checkpoints, so no
 * user configuration leaks in and nothing is written next to the notebooks; no browser, no news,
 * no update checks. Resolves once `/api/status` answers.
 */
export async function startLab(env: LabEnv, options: StartLabOptions = {}): Promise<RunningLab> {
  const {
    rootDir = join(env.projectDir, "notebooks"),
    token = randomBytes(24).toString("hex"),
    settings = {},
    timeoutMs = 60_000,
    onLog,
  } = options;
  const port = options.port ?? (await freePort());

  // 1. Throwaway Jupyter folders and user settings.
  const temp = await mkdtemp(join(tmpdir(), "gpu-cost-lab-jupyter-"));
  const dirs = { runtime: join(temp, "runtime"), config: join(temp, "config"), data: join(temp, "data") };
  const settingsDir = join(dirs.config, "lab", "user-settings");
  for (const [plugin, values] of Object.entries(settings)) {
    // "@jupyterlab/notebook-extension:tracker" → @jupyterlab/notebook-extension/tracker.jupyterlab-settings
    const file = join(settingsDir, ...plugin.replace(":", "/").split("/")) + ".jupyterlab-settings";
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(values, null, 2));
  }

  // 2. Spawn the server in a process group of its own.
  const args = labArgs(rootDir, [
    `--ServerApp.port=${port}`,
    "--ServerApp.port_retries=0",
    `--IdentityProvider.token=${token}`,
    "--ServerApp.open_browser=False",
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    // Opening a notebook writes a checkpoint; keep it out of the project (an absolute path is used as is).
    `--FileCheckpoints.checkpoint_dir=${join(temp, "checkpoints")}`,
  ]);
  const child = spawn(env.jupyter, args, {
    cwd: rootDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env.env,
      JUPYTER_RUNTIME_DIR: dirs.runtime,
      JUPYTER_CONFIG_DIR: dirs.config,
      JUPYTER_DATA_DIR: dirs.data,
      JUPYTERLAB_SETTINGS_DIR: settingsDir,
      JUPYTERLAB_WORKSPACES_DIR: join(dirs.config, "lab", "workspaces"),
      JUPYTER_PLATFORM_DIRS: "0",
    },
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      log.push(line);
      onLog?.(line);
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const started = Date.now();
  const pid = child.pid;
  if (pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once("error", resolve));
    await rm(temp, { recursive: true, force: true });
    fail("labNoAnswer", {
      url: `http://127.0.0.1:${port}/api/status`,
      timeoutMs,
      exit: `${env.jupyter} could not be started: ${error.message}`,
    });
  }

  // 3. Remember its kernels as they appear: once the server has exited they are no longer its children.
  const known = new Map<number, ProcessInfo>();
  const processes = () => {
    const tree = processTree(pid, listProcesses());
    for (const p of tree) known.set(p.pid, p);
    return tree;
  };
  const watch = setInterval(processes, 2000).unref(); // should the server die first, its kernels are known
  const stop = async () => {
    clearInterval(watch);
    processes();
    if (child.exitCode === null && child.signalCode === null) {
      await fetch(`http://127.0.0.1:${port}/api/shutdown`, {
        method: "POST",
        headers: { Authorization: `token ${token}` },
        signal: AbortSignal.timeout(5000),
      }).catch(() => undefined);
      if (!(await exited(child, 10_000))) killGroup(pid, "SIGTERM");
      if (!(await exited(child, 5_000))) killGroup(pid, "SIGKILL");
    }
    const left = [...known.values()];
    signalAll(left, "SIGTERM");
    if (!(await waitGone(left, 5_000))) signalAll(left, "SIGKILL");
    await rm(temp, { recursive: true, force: true });
  };
  const killNow = () => {
    clearInterval(watch);
    processes();
    killGroup(pid, "SIGKILL");
    signalAll([...known.values()], "SIGKILL");
    rmSync(temp, { recursive: true, force: true });
  };

  // 4. Wait until it answers.
  const statusUrl = `http://127.0.0.1:${port}/api/status`;
  for (;;) {
    const ok = await fetch(statusUrl, {
      headers: { Authorization: `token ${token}` },
      signal: AbortSignal.timeout(2000),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    const gone = child.exitCode !== null || child.signalCode !== null;
    if (gone || Date.now() - started > timeoutMs) {
      const exit = gone
        ? `the server exited with ${child.exitCode ?? child.signalCode}`
        : "the server is still starting";
      await stop();
      console.error(log.slice(-30).join("\n"));
      fail("labNoAnswer", { url: statusUrl, timeoutMs, exit });
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startSeconds = (Date.now() - started) / 1000;
  return { baseUrl: `http://127.0.0.1:${port}`, token, port, pid, log, startSeconds, processes, stop, killNow };
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  if (!(pid > 1)) return; // -1 or -0 would signal every process or our own group
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
