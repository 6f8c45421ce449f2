/**
 * The stand-in kernel: a small Jupyter kernel (Node and zeromq, messaging protocol 5.3) for the
 * tests of the runner's mechanics, as jupyter_client tests its own with `signalkernel.py` and
 * `problemkernel.py`. It starts in a tenth of tslab's CPU and does exactly what a cell tells it.
 *
 * It speaks kernel_info, execute (interruptible by SIGINT or `interrupt_request`), complete,
 * shutdown and the heartbeat; it signs what it sends with the connection key and drops, with a
 * line on stderr, what does not verify. A port it cannot bind is printed (`EADDRINUSE: …`) and
 * the kernel stays up, deaf on that channel, as tslab 1.0.22 does.
 *
 * A cell is commands, one a line (blank lines and `//` comments are skipped):
 *
 *   print <text>             stdout "<text>\n"
 *   warn <text>              stderr "<text>\n"
 *   fail <text>              stderr "<text>\n", reply status error, no iopub error (as tslab reports a type error)
 *   error <ename>: <evalue>  an iopub error and reply status error (as ipykernel reports an exception)
 *   hang                     waits until interrupted (then error "Interrupted")
 *   sleep <ms>               waits, interruptibly
 *   die [<signal>]           kills its own process (default SIGKILL)
 *   flood <count> <bytes>    <count> writes to stdout of <bytes> each ("x"… and a newline)
 *   spawn <command> [args…]  starts a process in the kernel's group, unreferenced
 *   spawn-detached <command> [args…]  … in a session of its own (out of the group)
 *   display <mime> <json>    display_data of <json> under <mime>
 *   const <name>[: <type>] = <json>;  sets a variable (a parameters cell, or injected parameters)
 *   vars <name>…             stdout: the named variables as one JSON object
 *
 * Anything else fails the cell with `unknown command: <line>`. Run as
 * `node stand-in.mjs <connection file>` (kernel.json beside this file).
 */
import { spawn } from "node:child_process";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const zmq = createRequire(import.meta.url)("zeromq");
const info = JSON.parse(readFileSync(process.argv[2], "utf8"));
const session = randomUUID();
const DELIMITER = "<IDS|MSG>";
const address = (port) => `${info.transport}://${info.ip}:${port}`;

const sign = (parts) => {
  if (info.key === "") return "";
  const hmac = createHmac("sha256", info.key);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
};

/** The message in `frames`, or undefined (said on stderr) when its signature does not verify. */
function decode(frames, channel) {
  const at = frames.findIndex((f) => f.toString() === DELIMITER);
  const parts = frames.slice(at + 2, at + 6);
  const expected = Buffer.from(sign(parts));
  const received = frames[at + 1];
  if (at < 0 || expected.length !== received.length || !timingSafeEqual(expected, received)) {
    process.stderr.write(`stand-in: refused a message on ${channel}: invalid signature\n`);
    return undefined;
  }
  const [header, parent, metadata, content] = parts.map((p) => JSON.parse(p.toString()));
  return { identities: frames.slice(0, at), header, parent, metadata, content };
}

function encode(identities, type, parent, content) {
  const header = { msg_id: randomUUID(), username: "stand-in", session, date: new Date().toISOString() };
  const parts = [{ ...header, msg_type: type, version: "5.3" }, parent, {}, content].map((p) => JSON.stringify(p));
  return [...identities, DELIMITER, sign(parts), ...parts];
}

// Sends on one socket go one after another (zeromq 6 refuses a send while one is in flight).
const queues = new Map();
function send(socket, frames) {
  const sent = (queues.get(socket) ?? Promise.resolve()).then(() => socket.send(frames));
  queues.set(
    socket,
    sent.catch(() => undefined),
  );
  return sent;
}

async function bind(socket, port) {
  try {
    await socket.bind(address(port));
    return true;
  } catch (error) {
    process.stderr.write(`${error.code}: ${error.message} (${address(port)})\n`);
    return false;
  }
}

const shell = new zmq.Router();
const control = new zmq.Router();
const stdin = new zmq.Router();
const iopub = new zmq.Publisher({ sendHighWaterMark: 0 });
const hb = new zmq.Reply();

const publish = (parent, type, content) => send(iopub, encode([], type, parent, content));
const reply = (socket, request, content) =>
  send(
    socket,
    encode(request.identities, request.header.msg_type.replace(/_request$/, "_reply"), request.header, content),
  );

let executionCount = 0;
/** Ends the running cell's wait (hang, sleep) with an interruption; undefined when none waits. */
let interruptWait;
const variables = {};

function interrupt() {
  interruptWait?.();
}
process.on("SIGINT", interrupt);

class CellError extends Error {
  constructor(ename, evalue, { iopub = true } = {}) {
    super(evalue);
    this.ename = ename;
    this.iopub = iopub;
  }
}

const wait = (ms) =>
  new Promise((resolve, reject) => {
    const timer = ms === undefined ? setInterval(() => undefined, 60_000) : setTimeout(resolve, ms);
    interruptWait = () => {
      clearTimeout(timer);
      clearInterval(timer);
      reject(new CellError("Interrupted", "the cell was interrupted"));
    };
  }).finally(() => (interruptWait = undefined));

async function run(line, parent) {
  const stream = (name, text) => publish(parent, "stream", { name, text });
  const [command, ...words] = line.split(" ");
  const rest = line.slice(command.length + 1);
  const assignment = /^(?:const|let) (\w+)(?:\s*:[^=]+)?\s*=\s*(.+?);?$/.exec(line);
  if (assignment) variables[assignment[1]] = JSON.parse(assignment[2]);
  else if (command === "print") await stream("stdout", `${rest}\n`);
  else if (command === "warn") await stream("stderr", `${rest}\n`);
  else if (command === "fail") {
    await stream("stderr", `${rest}\n`);
    throw new CellError("Failed", rest, { iopub: false });
  } else if (command === "error") {
    const [ename, ...evalue] = rest.split(": ");
    throw new CellError(ename, evalue.join(": "));
  } else if (command === "hang") await wait();
  else if (command === "sleep") await wait(Number(words[0]));
  else if (command === "die") process.kill(process.pid, words[0] ?? "SIGKILL");
  else if (command === "flood") {
    const text = `${"x".repeat(Number(words[1]) - 1)}\n`;
    for (let i = 0; i < Number(words[0]); i++) void stream("stdout", text);
  } else if (command === "spawn") spawn(words[0], words.slice(1), { stdio: "ignore" }).unref();
  else if (command === "spawn-detached") spawn(words[0], words.slice(1), { stdio: "ignore", detached: true }).unref();
  else if (command === "display") {
    const [mime, ...json] = words;
    await publish(parent, "display_data", {
      data: { [mime]: JSON.parse(json.join(" ")) },
      metadata: {},
      transient: {},
    });
  } else if (command === "vars")
    await stream("stdout", `${JSON.stringify(Object.fromEntries(words.map((name) => [name, variables[name]])))}\n`);
  else throw new CellError("Failed", `unknown command: ${line}`, { iopub: true });
}

async function execute(request) {
  const parent = request.header;
  const code = request.content.code;
  executionCount += 1;
  await publish(parent, "execute_input", { code, execution_count: executionCount });
  try {
    for (const line of code.split("\n").map((l) => l.trim())) {
      if (line !== "" && !line.startsWith("//")) await run(line, parent);
    }
    await reply(shell, request, { status: "ok", execution_count: executionCount, user_expressions: {} });
  } catch (error) {
    const { ename = "Error", message: evalue, iopub: toIopub = true } = error;
    if (toIopub) await publish(parent, "error", { ename, evalue, traceback: [`${ename}: ${evalue}`] });
    await reply(shell, request, { status: "error", execution_count: executionCount, ename, evalue, traceback: [] });
  }
}

async function handle(socket, request) {
  const parent = request.header;
  await publish(parent, "status", { execution_state: "busy" });
  switch (parent.msg_type) {
    case "kernel_info_request":
      await reply(socket, request, {
        status: "ok",
        protocol_version: "5.3",
        implementation: "stand-in",
        implementation_version: "1.0.0",
        language_info: { name: "stand-in", version: "1.0.0", mimetype: "text/plain", file_extension: ".txt" },
        banner: "the runner's stand-in kernel",
      });
      break;
    case "execute_request":
      await execute(request);
      break;
    case "complete_request":
      await reply(socket, request, { status: "ok", matches: [], cursor_start: 0, cursor_end: 0, metadata: {} });
      break;
    case "interrupt_request":
      interrupt();
      await reply(socket, request, { status: "ok" });
      break;
    case "shutdown_request":
      await reply(socket, request, { status: "ok", restart: false });
      await publish(parent, "status", { execution_state: "idle" });
      process.exit(0);
      break;
    default:
      await reply(socket, request, { status: "error", ename: "Unknown", evalue: parent.msg_type, traceback: [] });
  }
  await publish(parent, "status", { execution_state: "idle" });
}

/** Reads `socket`'s messages; `inOrder`: one at a time (shell), else each at once (control). */
async function serve(socket, channel, inOrder) {
  for await (const frames of socket) {
    const request = decode(frames, channel);
    if (!request) continue;
    const handled = handle(socket, request);
    if (inOrder) await handled;
  }
}

async function beat() {
  for await (const frames of hb) await hb.send(frames);
}

// iopub first: a kernel that cannot publish answers nothing (the runner's handshake waits on iopub)
if (await bind(iopub, info.iopub_port)) {
  const [shellUp, controlUp, , hbUp] = await Promise.all([
    bind(shell, info.shell_port),
    bind(control, info.control_port),
    bind(stdin, info.stdin_port),
    bind(hb, info.hb_port),
  ]);
  if (shellUp) void serve(shell, "shell", true);
  if (controlUp) void serve(control, "control", false);
  if (hbUp) void beat();
} else setInterval(() => undefined, 3_600_000); // deaf, and up until killed
