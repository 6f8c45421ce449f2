import { fail } from "./messages.js";
import { knownKeys } from "../validate/known-keys.js";
import { checkLognormal, fillLognormal, type LognormalDistribution } from "./lognormal.js";
import { checkPoint, fillPoint, type PointDistribution } from "./point.js";
import { type BitSource } from "./stream.js";
import { checkTriangular, fillTriangular, type TriangularDistribution } from "./triangular.js";
import { checkUniform, fillUniform, type UniformDistribution } from "./uniform.js";

/**
 * What is believed about one uncertain input, as a plain object a notebook can write inline
 * or build with a constructor ({@link uniform}, {@link triangular}, {@link lognormal90},
 * {@link point}):
 *
 *   { kind: "uniform", low: 2000, high: 3000 }
 *   { kind: "triangular", low: 0.3, mode: 0.4, high: 0.6 }
 *   { kind: "lognormal", p05: 1.5, p95: 2.5 }
 *   { kind: "point", value: 2048 }
 *
 * @category Uncertainty
 */
export type Distribution = UniformDistribution | TriangularDistribution | LognormalDistribution | PointDistribution;

/**
 * The door for distributions written as literals: an object of a known kind with valid
 * parameters and no other field (`{ kind: "uniform", low, high, mode }` is refused, not read as a
 * uniform), or the catalogued error naming `name` (`distributions.price` in sampleAll).
 */
export function checkDistribution(d: unknown, name: string): asserts d is Distribution {
  const kind = typeof d === "object" && d !== null ? (d as { kind?: unknown }).kind : undefined;
  if (typeof kind === "string" && Object.hasOwn(distributionFields, kind)) {
    knownKeys(d as object, distributionFields[kind as Distribution["kind"]], name);
  }
  switch (kind) {
    case "uniform":
      return checkUniform(d as UniformDistribution, name);
    case "triangular":
      return checkTriangular(d as TriangularDistribution, name);
    case "lognormal":
      return checkLognormal(d as LognormalDistribution, name);
    case "point":
      return checkPoint(d as PointDistribution, name);
    default:
      fail("distributionKind", { name, value: d });
  }
}

/** The fields of each kind of distribution. */
const distributionFields: Readonly<Record<Distribution["kind"], readonly string[]>> = {
  uniform: ["kind", "low", "high"],
  triangular: ["kind", "low", "mode", "high"],
  lognormal: ["kind", "p05", "p95"],
  point: ["kind", "value"],
};

/** Fills `out` with draws of a checked distribution from `source`. */
export function fillDistribution(out: Float64Array, d: Distribution, source: BitSource): void {
  switch (d.kind) {
    case "uniform":
      return fillUniform(out, d, source);
    case "triangular":
      return fillTriangular(out, d, source);
    case "lognormal":
      return fillLognormal(out, d, source);
    case "point":
      return fillPoint(out, d);
  }
}
