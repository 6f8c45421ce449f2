/**
 * A running kernel, from start to shutdown: writes its connection file, starts its process,
 * waits until it answers (kernel_info_request, with the iopub channel proven connected), runs
 * code one request at a time, interrupts it, notices its death, and shuts it down on every path.
 *
 * 1. start: connection file → process → client sockets → handshake
 * 2. execute: execute_request → outputs until reply + idle, or death, or timeout (→ interrupt)
 * 3. shutdown: shutdown_request on control → wait for exit → SIGKILL → close sockets → delete file
 */
import { rm } from "node:fs/promises";
import { GpuCostError } from "../errors/error.js";
import { fail, messages } from "./messages.js";
import { createConnectionInfo, writeConnectionFile, type ConnectionInfo } from "./connection-file.js";
import { KernelClient, type KernelClientOptions } from "./kernel-client.js";
import { KernelProcess, type ProcessExit } from "./kernel-process.js";
import { projectTslab, type Kernelspec } from "./kernelspec.js";
import { executeContent, type JupyterMessage } from "./message.js";
import { heartbeatMonitor, type HeartbeatMonitor } from "./heartbeat.js";
import { sleep, within } from "./timing.js";

/** Options of `Kernel.start`. */
export interface StartKernelOptions {
  /** The kernel to start. Defaults to the project's tslab. */
  readonly spec?: Kernelspec;
  /** The kernel's working folder: the notebook's folder, inside the project (tslab finds `@types/node` from it). */
  readonly cwd: string;
  /** The private folder for the connection file (see makeRuntimeDir). */
  readonly runtimeDir: string;
  /** How long the kernel may take to answer kernel_info_request. Defaults to 60,000 ms (nbclient's 60 s). */
  readonly startupTimeoutMs?: number;
  /** How long the kernel's heartbeat may stay silent while no cell runs before it counts as dead. Defaults to 10,000 ms. */
  readonly heartbeatTimeoutMs?: number;
  readonly onRejected?: KernelClientOptions["onRejected"];
  /** Aborting stops a start in progress: the process is killed and the start fails. */
  readonly signal?: AbortSignal;
  /** Makes each attempt's connection (ports and key). Defaults to createConnectionInfo; tests replace it. */
  readonly connection?: (kernelName: string) => Promise<ConnectionInfo>;
}

/** How long after a failed cell tslab refuses new requests (its 200 ms, and a margin). */
const ERROR_SETTLE_MS = 250;

/** What became of one execute_request. */
export type ExecuteOutcome =
  | { readonly kind: "reply"; readonly status: "ok" | "error" | "abort"; readonly reply: JupyterMessage }
  | { readonly kind: "died"; readonly exit: ProcessExit | undefined }
  | { readonly kind: "timeout"; readonly interrupted: boolean };

/** Why a kernel is considered dead. */
export interface KernelDeath {
  readonly exit: ProcessExit | undefined;
  readonly reason: "exited" | "heartbeat";
}

/** One kernel, its process and its connection. */
export class Kernel {
  readonly spec: Kernelspec;
  readonly connectionFile: string;
  readonly process: KernelProcess;
  readonly client: KernelClient;
  /** Resolves when the kernel has died (process ended, or heartbeat lost while idle) or been shut down. */
  readonly ended: Promise<KernelDeath>;
  /** The kernel's kernel_info_reply content (language_info, implementation…), once started. */
  info: Record<string, unknown> = {};
  #death: KernelDeath | undefined;
  #busy = false;
  #lastErrorAt = -Infinity;
  #heartbeat: HeartbeatMonitor;
  #shutdown: Promise<void> | undefined;

  private constructor(
    spec: Kernelspec,
    connectionFile: string,
    info: ConnectionInfo,
    process: KernelProcess,
    options: StartKernelOptions,
  ) {
    this.spec = spec;
    this.connectionFile = connectionFile;
    this.process = process;
    this.client = new KernelClient(info, { onRejected: options.onRejected });
    let declare!: (death: KernelDeath) => void;
    this.ended = new Promise((resolve) => (declare = resolve));
    const die = (death: KernelDeath) => {
      if (this.#death) return;
      this.#death = death;
      this.client.failAll(new Error(`kernel ${death.reason}`));
      declare(death);
    };
    void process.exited.then((exit) => die({ exit, reason: "exited" }));
    // tslab answers heartbeats on the thread that runs cells, so a long synchronous cell
    // silences it: silence counts as death only while no cell runs (the cell timeout covers the rest).
    this.#heartbeat = heartbeatMonitor(() => this.client.ping(), {
      timeoutMs: options.heartbeatTimeoutMs ?? 10_000,
      isBusy: () => this.#busy || this.#shutdown !== undefined,
      onLost: () => {
        die({ exit: undefined, reason: "heartbeat" });
        void this.process.kill();
      },
    });
  }

  /**
   * Starts a kernel and waits until it is ready; on any failure the process is killed before the
   * error is thrown. A kernel that fails to bind a port (taken between choosing and binding) is
   * started again with new ports, up to 3 attempts in all.
   */
  static async start(options: StartKernelOptions): Promise<Kernel> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await Kernel.#startOnce(options);
      } catch (error) {
        if (!(error instanceof PortConflict) || attempt >= 3) throw error;
      }
    }
  }

  static async #startOnce(options: StartKernelOptions): Promise<Kernel> {
    const { spec = projectTslab(), cwd, runtimeDir, startupTimeoutMs = 60_000 } = options;
    const info = await (options.connection ?? ((kernelName: string) => createConnectionInfo({ kernelName })))(
      spec.name,
    );
    const connectionFile = await writeConnectionFile(info, runtimeDir);
    let process: KernelProcess;
    try {
      process = await KernelProcess.start(spec, connectionFile, { cwd });
    } catch (error) {
      await rm(connectionFile, { force: true });
      return fail("kernelStartFailed", { kernel: spec.name, reason: (error as Error).message });
    }
    const kernel = new Kernel(spec, connectionFile, info, process, options);
    try {
      await kernel.#handshake(startupTimeoutMs, options.signal);
    } catch (error) {
      await kernel.shutdown();
      throw error;
    }
    kernel.#heartbeat.start();
    return kernel;
  }

  /** Whether the kernel has died or been shut down. */
  get dead(): boolean {
    return this.#death !== undefined;
  }

  /**
   * Runs `code`; `onIopub` sees each iopub message of the request. With `timeoutMs`, a request
   * still running after that long is interrupted (SIGINT, or interrupt_request for `message`
   * kernels) and reported as a timeout. `iopubGraceMs`: how long the iopub channel may stay silent
   * after the reply, with no `idle`, before the outputs are taken as complete. Defaults to 4,000 ms
   * (nbclient's iopub_timeout).
   */
  async execute(
    code: string,
    {
      onIopub,
      timeoutMs,
      iopubGraceMs = 4000,
    }: { onIopub?: (message: JupyterMessage) => void; timeoutMs?: number; iopubGraceMs?: number } = {},
  ): Promise<ExecuteOutcome> {
    if (this.#death) return { kind: "died", exit: this.#death.exit };
    this.#busy = true;
    // tslab cancels (status "abort") requests that arrive within 200 ms of a failed one
    // (TaskQueue.reset(200) in its jupyter.js): let that window pass first.
    const settle = this.#lastErrorAt + ERROR_SETTLE_MS - Date.now();
    if (settle > 0) await sleep(settle);
    try {
      let lastIopub = Date.now();
      const request = this.client.request("shell", "execute_request", executeContent(code), {
        onIopub: (message) => {
          lastIopub = Date.now();
          onIopub?.(message);
        },
      });
      // Complete when reply + idle have arrived; or once the iopub channel has been silent for
      // `iopubGraceMs` after the reply, if idle never comes (a cell flooding its output keeps the
      // channel busy long after the reply: its output and idle still come).
      const grace = request.replied.then(
        (reply) =>
          new Promise<JupyterMessage>((resolve) => {
            const check = () => {
              const quiet = Date.now() - lastIopub;
              if (quiet >= iopubGraceMs) resolve(reply);
              else setTimeout(check, iopubGraceMs - quiet).unref();
            };
            check();
          }),
      );
      const settled = Promise.race([request.done, grace]).then(
        (reply): ExecuteOutcome => ({ kind: "reply", status: replyStatus(reply), reply }),
        (): Promise<ExecuteOutcome> => this.ended.then((death) => ({ kind: "died", exit: death.exit })),
      );
      const died = this.ended.then((death): ExecuteOutcome => ({ kind: "died", exit: death.exit }));
      const outcome = await within(Promise.race([settled, died]), timeoutMs);
      if (outcome !== undefined) {
        this.client.abandon(request, new Error("settled"));
        if (outcome.kind === "reply" && outcome.status === "error") this.#lastErrorAt = Date.now();
        return outcome;
      }
      this.#lastErrorAt = Date.now();
      const interrupted = await this.interrupt();
      const after = await within(Promise.race([settled, died]), 2000);
      this.client.abandon(request, new Error("timed out"));
      return { kind: "timeout", interrupted: interrupted && after?.kind === "reply" };
    } finally {
      this.#busy = false;
    }
  }

  /**
   * Gets the kernel ready to compile `code` without running anything: a `complete_request` for
   * it makes tslab build its TypeScript program, with the modules `code` imports (measured: the
   * first cell of a notebook then compiles in about 1 s instead of 3–4 s). Best effort: resolves
   * once the kernel answers or `timeoutMs` passes. Defaults to 60,000 ms.
   */
  async warmUp(code: string, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}): Promise<void> {
    if (this.#death || code.trim() === "") return;
    const request = this.client.request("shell", "complete_request", { code, cursor_pos: code.length });
    await within(
      request.done.catch(() => undefined),
      timeoutMs,
    );
    this.client.abandon(request, new Error("warmed up"));
  }

  /** Interrupts the running cell: SIGINT to the process, or `interrupt_request` on control. */
  async interrupt(): Promise<boolean> {
    if (this.#death) return false;
    if (this.spec.interruptMode === "signal") return this.process.signal("SIGINT");
    const request = this.client.request("control", "interrupt_request", {}, { waitForIdle: false });
    return (
      (await within(
        request.done.then(
          () => true,
          () => false,
        ),
        2000,
      )) ?? false
    );
  }

  /**
   * Shuts the kernel down: `shutdown_request` on control, up to `graceMs` for the process to end,
   * then SIGKILL; closes the sockets and deletes the connection file. Safe to call more than once
   * and on a dead kernel. Defaults: `graceMs` 2,000.
   */
  shutdown({ graceMs = 2000 }: { graceMs?: number } = {}): Promise<void> {
    this.#shutdown ??= (async () => {
      this.#heartbeat.stop();
      if (!this.process.exit) {
        const request = this.client.request("control", "shutdown_request", { restart: false }, { waitForIdle: false });
        void request.done.catch(() => undefined);
        if (!(await this.process.waitForExit(graceMs))) await this.process.kill();
      }
      this.client.close();
      await rm(this.connectionFile, { force: true });
    })();
    return this.#shutdown;
  }

  async #handshake(timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // Like jupyter_client's wait_for_ready: a reply proves the shell channel; an iopub message
    // for the same request proves the subscription has joined (a Subscriber misses what is
    // published before it connects). Retry until both, or the deadline.
    while (Date.now() < deadline) {
      let sawIopub = false;
      const request = this.client.request(
        "shell",
        "kernel_info_request",
        {},
        { onIopub: () => (sawIopub = true), waitForIdle: false },
      );
      let replied = false;
      request.done.then(
        () => (replied = true),
        () => undefined,
      );
      while (!replied && Date.now() < deadline) {
        if (signal?.aborted) fail("kernelStartFailed", { kernel: this.spec.name, reason: "the run was cancelled" });
        if (this.#death) {
          const exit = this.process.exit ?? (await this.process.exited);
          fail("kernelStartFailed", {
            kernel: this.spec.name,
            reason: `it ${describeExit(exit)}${stderrNote(this.process.stderrTail)}`,
          });
        }
        // tslab catches its own failure to bind a port and keeps running, deaf: say so at once.
        if (this.process.stderrTail.includes("EADDRINUSE"))
          throw new PortConflict(this.spec.name, this.process.stderrTail);
        await within(
          request.done.catch(() => undefined),
          Math.min(100, Math.max(0, deadline - Date.now())),
        );
      }
      if (!replied) break;
      for (let waited = 0; !sawIopub && waited < 500; waited += 25) await sleep(25);
      // The shell may answer while the iopub port failed to bind: check again before retrying.
      if (this.process.stderrTail.includes("EADDRINUSE"))
        throw new PortConflict(this.spec.name, this.process.stderrTail);
      if (sawIopub) {
        this.info = request.reply?.content ?? {};
        return;
      }
    }
    fail("kernelStartTimeout", {
      kernel: this.spec.name,
      seconds: timeoutMs / 1000,
      detail: stderrNote(this.process.stderrTail),
    });
  }
}

/** A kernel that could not bind one of its ports (another process took it after it was chosen): worth a retry with new ports. */
class PortConflict extends GpuCostError {
  constructor(kernel: string, stderr: string) {
    const data = { kernel, reason: `a port it was given was taken${stderrNote(stderr)}` };
    super("kernelStartFailed", data, messages.kernelStartFailed(data));
  }
}

/** `exited with code 1`, `was killed by SIGKILL`. */
export function describeExit(exit: ProcessExit | undefined): string {
  if (!exit) return "stopped answering its heartbeat";
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

function replyStatus(reply: JupyterMessage): "ok" | "error" | "abort" {
  const status = reply.content.status;
  return status === "ok" || status === "abort" ? status : "error";
}

function stderrNote(stderr: string): string {
  const text = stderr.trim();
  return text ? `: ${text.split("\n").slice(-5).join("\n")}` : "";
}
