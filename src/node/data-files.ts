import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { useDataFiles, type DataFiles, type DataFileText } from "../data/data-files.js";
import { fail } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";

/** The path of `file` in the package's `data/` folder. */
export function dataPath(file: string): string {
  return join(PACKAGE_ROOT, "data", file);
}

/** A path as error messages write it: `data/gpus.csv` inside the package, otherwise as given. */
export function displayPath(path: string): string {
  const rel = relative(PACKAGE_ROOT, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : path;
}

function readText(path: string): DataFileText {
  const file = displayPath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail("dataUnreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return { text: decodeUtf8(bytes, file), file };
}

/**
 * The text of a data file's bytes, which must be UTF-8. UTF-16 is told apart before decoding, as
 * decoding would hide it: by its byte-order mark (FF FE or FE FF), or by the NUL byte it puts
 * beside every ASCII character (UTF-8 text has none). Bytes that are not UTF-8 at all (a Latin-1
 * or Shift JIS file) are refused too, rather than read as U+FFFD: the message gives where.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) fail("dataUtf16", { file, line: 1, bom: "little-endian" });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) fail("dataUtf16", { file, line: 1, bom: "big-endian" });
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail("dataUtf16", { file, ...bytePosition(bytes, nul), unit: "byte" });
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return fail("dataNotUtf8", { file, ...bytePosition(bytes, bad) });
  }
}

/** The 1-based line and byte within it of the byte at `index`. */
function bytePosition(bytes: Uint8Array, index: number): { line: number; at: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, at: index - start + 1 };
}

/**
 * The index of the first byte that does not begin a well-formed UTF-8 sequence (Unicode's Table
 * 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or of a sequence cut short.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const inRange = (i: number, low: number, high: number) => i < bytes.length && bytes[i]! >= low && bytes[i]! <= high;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, low, high] =
      b < 0x80
        ? [1, 0x80, 0xbf]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80, 0xbf]
          : b === 0xe0
            ? [3, 0xa0, 0xbf]
            : b === 0xed
              ? [3, 0x80, 0x9f]
              : b >= 0xe1 && b <= 0xef
                ? [3, 0x80, 0xbf]
                : b === 0xf0
                  ? [4, 0x90, 0xbf]
                  : b === 0xf4
                    ? [4, 0x80, 0x8f]
                    : b >= 0xf1 && b <= 0xf3
                      ? [4, 0x80, 0xbf]
                      : [0, 0, 0];
    if (length === 0) return i;
    if (length > 1 && !inRange(i + 1, low, high)) return i;
    for (let k = 2; k < length; k++) if (!inRange(i + k, 0x80, 0xbf)) return i;
    i += length;
  }
  return i;
}

/** The data files as Node reads them: the package's `data/` folder, or any path. */
export const nodeDataFiles: DataFiles = {
  read: (name) => readText(dataPath(name)),
  readPath: (path) => readText(path),
};

/** Install {@link nodeDataFiles} as the source of the data files (the Node entry points call it). */
export function useNodeDataFiles(): void {
  useDataFiles(nodeDataFiles);
}
