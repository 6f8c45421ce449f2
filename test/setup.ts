// Mocha root hook plugin (loaded by .mocharc.json's `require`): what every test file assumes.
// The library's loaders read the package's data/ folder, as the package entry point arranges.
import { useNodeDataFiles } from "../src/node/data-files.js";

useNodeDataFiles();

export const mochaHooks = {};
