export { DEFAULT_CASE } from "../data/load-cases.js";
