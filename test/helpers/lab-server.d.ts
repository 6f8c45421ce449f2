import { type ProcessInfo } from "./lab-processes.js";
import type { LabEnv } from "../../src/cli/lab-env.js";
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
export declare function startLab(env: LabEnv, options?: StartLabOptions): Promise<RunningLab>;
/** A port on 127.0.0.1 that nothing listens on right now. */
export declare function freePort(): Promise<number>;
//# sourceMappingURL=lab-server.d.ts.map