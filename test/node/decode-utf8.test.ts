import assert from "node:assert/strict";
import { decodeUtf8 } from "../../src/node/data-files.js";
import { throwsText } from "../throws-text.js";

const notUtf8 = (line: number, at: number) =>
  `invalid f.csv line ${line}, byte ${at}: a byte that is not UTF-8 (expected UTF-8 text: save the file as UTF-8)`;

describe("node/data-files: decodeUtf8", () => {
  it("decodes UTF-8, a UTF-8 byte-order mark kept for the CSV reader to drop", () => {
    assert.equal(decodeUtf8(Buffer.from("id\n日元\n"), "f.csv"), "id\n日元\n");
    assert.equal(decodeUtf8(Buffer.from("\uFEFFid\n"), "f.csv"), "\uFEFFid\n");
  });

  it("refuses ill-formed UTF-8 at its first byte: overlong, surrogate, past U+10FFFF, cut short", () => {
    const at = (line: string, ...bad: number[]) => Buffer.concat([Buffer.from(line), Buffer.from(bad)]);
    // C0 80 is an overlong NUL; ED A0 80 a UTF-16 surrogate; F4 90 80 80 is U+110000
    throwsText(() => decodeUtf8(at("id\nab", 0xc0, 0x80), "f.csv"), notUtf8(2, 3));
    throwsText(() => decodeUtf8(at("id\n", 0xed, 0xa0, 0x80), "f.csv"), notUtf8(2, 1));
    throwsText(() => decodeUtf8(at("id\nx", 0xf4, 0x90, 0x80, 0x80), "f.csv"), notUtf8(2, 2));
    // 日 is E6 97 A5: its first two bytes at the end of the file
    throwsText(() => decodeUtf8(at("id\n\nxyz", 0xe6, 0x97), "f.csv"), notUtf8(3, 4));
  });
});
