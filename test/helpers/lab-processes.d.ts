/** One process: its id, its parent's id, its process group and its command line. */
export interface ProcessInfo {
    pid: number;
    ppid: number;
    pgid: number;
    command: string;
}
/** Every process visible to this user, from `ps -eo pid=,ppid=,pgid=,args=`. */
export declare function listProcesses(): ProcessInfo[];
/**
 * `pid` and everything started under it, children before grandchildren. The kernels of a JupyterLab
 * server are its direct children while it runs; once it exits they are re-parented, so take this
 * list before stopping the server.
 */
export declare function processTree(pid: number, table?: ProcessInfo[]): ProcessInfo[];
/** True when a process with this id still runs the same command (a reused id is not the same process). */
export declare function stillRunning(p: ProcessInfo, table?: ProcessInfo[]): boolean;
/** Send `signal` to each process that still runs its recorded command; ignore those already gone. */
export declare function signalAll(processes: ProcessInfo[], signal: NodeJS.Signals): void;
/** Wait until none of `processes` runs any more, polling every 100 ms; true if they all ended in time. */
export declare function waitGone(processes: ProcessInfo[], timeoutMs: number): Promise<boolean>;
//# sourceMappingURL=lab-processes.d.ts.map