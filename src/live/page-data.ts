import type { DataFiles } from "../data/data-files.js";
import type { CiteFacts } from "./cite.js";
import { fail } from "../data/messages.js";
import type { Lang } from "../i18n/lang.js";

/** The id of the `<script type="application/json">` that carries {@link LivePageData} in the page. */
export const LIVE_DATA_ID = "gcl-live-data";

/** A scenario as the page offers it: `data/scenarios/<name>.json`, one click. */
export interface LiveScenario {
  readonly name: string;
  readonly description: string;
  readonly assumptions: Readonly<Record<string, unknown>>;
}

/**
 * What the report writes into the page for its live part, as JSON: the run's overrides (what
 * Reset returns to), the data files the library reads (`data/*.csv`, as the run read them), the
 * scenarios, the Monte Carlo the page runs, where the page is published and what cites it.
 */
export interface LivePageData {
  /** The language the report was written in (`report --lang`): the page opens in it unless its link says otherwise. */
  readonly lang?: Lang;
  readonly run: Readonly<Record<string, unknown>>;
  /** The text of each data file by name: `{ "gpus.csv": "gpu,name,…" }`. */
  readonly dataFiles: Readonly<Record<string, string>>;
  readonly scenarios: readonly LiveScenario[];
  readonly monteCarlo: { readonly n: number; readonly seed: number };
  /** Where the report is published (`report --base-url`): the link to the assumptions starts there. */
  readonly baseUrl?: string;
  /** What a citation names (the title, version, commit and run), for the cite block and the charts' images. */
  readonly cite?: CiteFacts;
}

/**
 * The data files a page carries, as the library's loader layer takes them
 * (`useDataFiles(embeddedDataFiles(data.dataFiles))`); a file the page lacks is `dataUnreadable`.
 */
export function embeddedDataFiles(files: Readonly<Record<string, string>>): DataFiles {
  return {
    read(name) {
      const text = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
      if (text === undefined) fail("dataUnreadable", { file: `data/${name}`, reason: "not embedded in this page" });
      return { text, file: `data/${name}` };
    },
  };
}
