/**
 * `Array.isArray` for a value typed as a list but checked as given, since a caller without types
 * may pass anything: `Array.isArray(stages)` would widen a `readonly TrainingStage[]` to `any[]`;
 * `isList(stages)` keeps its element type.
 */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
