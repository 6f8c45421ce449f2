import { fileURLToPath } from "node:url";

/**
 * The package's own folder (holding `data/`, `notebooks/`, `node_modules/`), with no trailing
 * slash. Resolved from this module's URL, so it is the same from `src/node/` (tsx) and from
 * `dist/node/` (built). The one definition: everything that needs the package's files starts here.
 */
export const PACKAGE_ROOT: string = fileURLToPath(new URL("../../", import.meta.url)).replace(/[\\/]$/, "");
