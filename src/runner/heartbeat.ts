/**
 * The heartbeat watch: pings the kernel's hb channel every `intervalMs` and calls `onLost` once
 * when no echo has come back for `timeoutMs` while the kernel is not busy.
 *
 * Why "not busy": tslab answers heartbeats on the JavaScript thread that runs cells, so a cell
 * computing for 20 s synchronously silences the heartbeat without the kernel being dead. While a
 * cell runs, the process's exit and the cell timeout decide; the heartbeat decides between cells
 * (a kernel that is alive as a process but no longer answers on its sockets).
 */
export interface HeartbeatMonitor {
  start(): void;
  stop(): void;
}

/** Options: `timeoutMs` of silence (default 10,000), `intervalMs` between pings (default 1,000). */
export function heartbeatMonitor(
  ping: () => Promise<boolean>,
  {
    timeoutMs = 10_000,
    intervalMs = 1000,
    isBusy,
    onLost,
  }: { timeoutMs?: number; intervalMs?: number; isBusy: () => boolean; onLost: () => void },
): HeartbeatMonitor {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let lastEcho = Date.now();
  const beat = async () => {
    timer = undefined;
    const ok = await ping();
    if (!running) return;
    const now = Date.now();
    if (ok || isBusy()) lastEcho = now;
    if (now - lastEcho >= timeoutMs) {
      running = false;
      onLost();
      return;
    }
    timer = setTimeout(() => void beat(), intervalMs);
    timer.unref();
  };
  return {
    start() {
      if (running) return;
      running = true;
      lastEcho = Date.now();
      timer = setTimeout(() => void beat(), intervalMs);
      timer.unref();
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
    },
  };
}
