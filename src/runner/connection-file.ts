/**
 * The connection file a kernel is started with: loopback ports for its five sockets and the
 * HMAC key that signs every message. Written with mode 0600 into a private runtime folder
 * (mode 0700) so that no other local user can read the key.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeOnExit } from "./exit-cleanup.js";

/** What a kernel's connection file holds (field names as Jupyter writes them). */
export interface ConnectionInfo {
  readonly transport: "tcp";
  readonly ip: string;
  readonly shell_port: number;
  readonly iopub_port: number;
  readonly stdin_port: number;
  readonly control_port: number;
  readonly hb_port: number;
  /** Hex HMAC key, 32 random bytes. */
  readonly key: string;
  readonly signature_scheme: "hmac-sha256";
  readonly kernel_name: string;
}

/** The five kernel channels and the key of each one's port in a ConnectionInfo. */
export const CHANNEL_PORTS = {
  shell: "shell_port",
  iopub: "iopub_port",
  stdin: "stdin_port",
  control: "control_port",
  hb: "hb_port",
} as const;

export type Channel = keyof typeof CHANNEL_PORTS;

/**
 * A new connection: five free ports on `ip` and a fresh random key.
 * Defaults: `ip` 127.0.0.1 (the kernel must not listen beyond this machine).
 */
export async function createConnectionInfo({
  kernelName,
  ip = "127.0.0.1",
}: {
  kernelName: string;
  ip?: string;
}): Promise<ConnectionInfo> {
  const [shell, iopub, stdin, control, hb] = await freePorts(5, ip);
  return {
    transport: "tcp",
    ip,
    shell_port: shell!,
    iopub_port: iopub!,
    stdin_port: stdin!,
    control_port: control!,
    hb_port: hb!,
    key: randomBytes(32).toString("hex"),
    signature_scheme: "hmac-sha256",
    kernel_name: kernelName,
  };
}

/** `tcp://127.0.0.1:5555`: the address of one channel. */
export function channelAddress(info: ConnectionInfo, channel: Channel): string {
  return `${info.transport}://${info.ip}:${info[CHANNEL_PORTS[channel]]}`;
}

/**
 * `count` distinct ports the system reports free on `ip`, found by listening on port 0 with all
 * servers open at once (so no port is handed out twice), then closing them. As with
 * jupyter_client, another process could take a port before the kernel binds it; the kernel
 * then fails to start and says so.
 */
export async function freePorts(count: number, ip = "127.0.0.1"): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once("error", reject);
            server.listen(0, ip, () => {
              const address = server.address();
              if (address && typeof address === "object") resolve(address.port);
              else reject(new Error("no port"));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(
      servers.map(
        (server) => new Promise((resolve) => (server.listening ? server.close(resolve) : resolve(undefined))),
      ),
    );
  }
}

/**
 * A new private folder (mode 0700) for this run's connection files, under the system temp folder.
 * It is deleted on exit (./exit-cleanup.ts) if the run has not deleted it.
 */
export async function makeRuntimeDir(prefix = "gpu-cost-lab-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  removeOnExit(dir);
  return dir;
}

/**
 * Writes `info` as `kernel-<random>.json` in `dir` with mode 0600 (never over an existing file),
 * and returns its path.
 */
export async function writeConnectionFile(info: ConnectionInfo, dir: string): Promise<string> {
  const path = join(dir, `kernel-${randomBytes(6).toString("hex")}.json`);
  await writeFile(path, JSON.stringify(info, null, 2), { mode: 0o600, flag: "wx" });
  return path;
}
