import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { matchSnapshot, sortedJson } from "./snapshot.js";

describe("charts/snapshot", () => {
  let dir: string;
  const spec = { mark: "bar", data: { values: [{ b: 2, a: 1 }] } };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "snapshot-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => join(dir, name);
  const quiet = <T>(run: () => T): T => {
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = () => true;
    try {
      return run();
    } finally {
      process.stderr.write = write;
    }
  };

  it("sortedJson(value) sorts every object's keys, indents by two spaces and ends in a newline", () => {
    assert.equal(
      sortedJson({ b: [{ d: 1, c: 2 }], a: null }),
      '{\n  "a": null,\n  "b": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ]\n}\n',
    );
  });

  it("a missing snapshot fails, naming the file and UPDATE_SNAPSHOTS=1, and writes nothing", () => {
    assert.throws(
      () => matchSnapshot("bars", spec, { dir, update: false }),
      (e: Error) =>
        e.message ===
        `chart bars has no snapshot (${relative(process.cwd(), file("bars.vl.json"))}): run UPDATE_SNAPSHOTS=1 npm run test:unit -- test/charts/, review the written snapshot and commit it`,
    );
    assert.equal(existsSync(file("bars.vl.json")), false);
  });

  it("a missing snapshot is written, and passes, with update (UPDATE_SNAPSHOTS=1 by default)", () => {
    const before = process.env.UPDATE_SNAPSHOTS;
    process.env.UPDATE_SNAPSHOTS = "1";
    try {
      quiet(() => matchSnapshot("bars", spec, { dir }));
    } finally {
      if (before === undefined) delete process.env.UPDATE_SNAPSHOTS;
      else process.env.UPDATE_SNAPSHOTS = before;
    }
    assert.equal(readFileSync(file("bars.vl.json"), "utf8"), sortedJson(spec));
  });

  it("without UPDATE_SNAPSHOTS=1 (CI=true or not), a missing snapshot fails by default", () => {
    const before = [process.env.UPDATE_SNAPSHOTS, process.env.CI];
    delete process.env.UPDATE_SNAPSHOTS;
    process.env.CI = "true";
    try {
      assert.throws(() => matchSnapshot("bars", spec, { dir }), /has no snapshot/);
    } finally {
      if (before[0] !== undefined) process.env.UPDATE_SNAPSHOTS = before[0];
      if (before[1] === undefined) delete process.env.CI;
      else process.env.CI = before[1];
    }
  });

  it("the same spec passes (keys in any order) and removes a stale -changed copy", () => {
    writeFileSync(file("bars.vl.json"), sortedJson(spec));
    writeFileSync(file("bars-changed.json"), "stale");
    matchSnapshot("bars", { data: { values: [{ a: 1, b: 2 }] }, mark: "bar" }, { dir, update: false });
    assert.equal(existsSync(file("bars-changed.json")), false);
  });

  it("a different spec fails, writes it as -changed.json beside the snapshot and leaves the snapshot alone, even with update", () => {
    writeFileSync(file("bars.vl.json"), sortedJson(spec));
    const other = { ...spec, mark: "line" };
    assert.throws(() => matchSnapshot("bars", other, { dir, update: true }), /chart bars differs from its snapshot/);
    assert.equal(readFileSync(file("bars-changed.json"), "utf8"), sortedJson(other));
    assert.equal(readFileSync(file("bars.vl.json"), "utf8"), sortedJson(spec));
  });
});
