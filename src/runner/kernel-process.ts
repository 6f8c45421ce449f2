/**
 * A kernel's operating-system process: started from its kernelspec through the launcher
 * (./kernel-launcher.ts) in its own process group (as jupyter_client does, so a Ctrl-C in the
 * terminal reaches the runner, which then shuts kernels down in order, rather than every kernel
 * at once), interrupted with SIGINT, killed with its whole group. When the kernel ends, whatever
 * is left in its group (a process a cell started) is killed too, and so is whatever carries the
 * kernel's mark in its environment (`GPU_COST_LAB_KERNEL=<id>`: a child that left the group,
 * `detached: true`; ./process-marks.ts). Every live kernel process is
 * registered so that the runner can kill what is left on any exit path; if the runner itself is
 * killed, the launcher sees its pipe close and kills the group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { launcherCommand } from "./kernel-launcher.js";
import { KERNEL_MARK_VAR, killMarked } from "./process-marks.js";
import { kernelCommand, type Kernelspec } from "./kernelspec.js";

/** How a process ended: an exit code, or the signal that ended it. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

const live = new Set<KernelProcess>();

/** One running kernel process. */
export class KernelProcess {
  readonly pid: number;
  /** Resolves when the process has ended (never rejects). */
  readonly exited: Promise<ProcessExit>;
  #child: ChildProcess;
  #exit: ProcessExit | undefined;
  #stderr = "";
  #stderrLimit: number;
  /** The value of `GPU_COST_LAB_KERNEL` in the environment of the kernel and of everything it starts. */
  readonly mark: string;

  private constructor(child: ChildProcess, stderrLimit: number, mark: string) {
    this.#child = child;
    this.#stderrLimit = stderrLimit;
    this.mark = mark;
    this.pid = child.pid!;
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      this.#stderr = (this.#stderr + text).slice(-this.#stderrLimit);
    });
    child.stdout?.resume();
    child.stdin?.on("error", () => undefined); // the launcher ended first: nothing is ever written
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.#exit = { code, signal };
        killGroup(this.pid); // what a cell started and left behind
        killMarked(KERNEL_MARK_VAR, this.mark); // … and what left the group
        live.delete(this);
        resolve(this.#exit);
      });
    });
    live.add(this);
  }

  /**
   * Starts the kernel of `spec` with `connectionFile`, in `cwd` (tslab type-checks against the
   * `@types/node` found from its working folder, so this must be inside the project), through
   * the launcher. A command that cannot be started makes the process exit with code 127, saying
   * why on stderr. `stderrLimit`: how many characters of the kernel's stderr to keep. Defaults to 8,000.
   */
  static async start(
    spec: Kernelspec,
    connectionFile: string,
    { cwd, env = process.env, stderrLimit = 8000 }: { cwd: string; env?: NodeJS.ProcessEnv; stderrLimit?: number },
  ): Promise<KernelProcess> {
    const [command, ...args] = launcherCommand(kernelCommand(spec, connectionFile), { connectionFile });
    const mark = `${process.pid}-${randomBytes(6).toString("hex")}`;
    const child = spawn(command!, args, {
      cwd,
      env: { ...env, ...spec.env, [KERNEL_MARK_VAR]: mark },
      // stdin: the launcher's lifeline, never written to, closed by the system when the runner ends
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", reject);
    });
    return new KernelProcess(child, stderrLimit, mark);
  }

  /** How the process ended, or undefined while it runs. */
  get exit(): ProcessExit | undefined {
    return this.#exit;
  }

  /** The last characters the kernel wrote to its stderr (outside cells). */
  get stderrTail(): string {
    return this.#stderr;
  }

  /** Sends `signal` to the kernel's process group; false when it has already ended. */
  signal(signal: NodeJS.Signals): boolean {
    if (this.#exit) return false;
    try {
      process.kill(-this.pid, signal);
      return true;
    } catch {
      try {
        return this.#child.kill(signal);
      } catch {
        return false;
      }
    }
  }

  /** Waits up to `ms` for the process to end; true if it did. */
  async waitForExit(ms: number): Promise<boolean> {
    if (this.#exit) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const ended = await Promise.race([this.exited.then(() => true as const), timeout]);
    clearTimeout(timer);
    return ended;
  }

  /** Kills the process group with SIGKILL and waits for the process to end. */
  async kill(): Promise<void> {
    if (this.signal("SIGKILL")) await this.exited;
  }
}

/** How many kernel processes this runner has started that are still alive. */
export function liveKernelCount(): number {
  return live.size;
}

/**
 * SIGKILLs every kernel process still alive, synchronously: the last resort on `process.exit`,
 * when nothing asynchronous can run any more.
 */
export function killLiveKernelsSync(): void {
  for (const kernel of live) {
    kernel.signal("SIGKILL");
    killMarked(KERNEL_MARK_VAR, kernel.mark);
  }
}

/** SIGKILL to the process group `pgid`, if anything is left in it. */
function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // the group is empty: nothing was left behind
  }
}
