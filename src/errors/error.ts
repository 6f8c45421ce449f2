/**
 * The one error type the library throws. `code` names the problem and `data` holds what was
 * found, apart from the wording (as zod keeps ZodIssue apart from its locale): callers can
 * branch on `code`; people read `message`, worded from `data` by the catalogue the code belongs
 * to (each layer's `messages.ts`).
 *
 * A layer makes one through its `fail()` (src/errors/failer.ts), never with its own text:
 * `fail("notPositiveWhole", { name: "gpuCount", value: -3 })` throws one whose message is
 * `invalid gpuCount: -3 (expected a positive whole number)`.
 *
 * @category Errors
 */
export class GpuCostError<C extends string = string, D = unknown> extends Error {
  override readonly name = "GpuCostError";
  readonly code: C;
  readonly data: D;

  /** `message` is the catalogue's wording of `data`: use a layer's `fail()`, which writes it. */
  constructor(code: C, data: D, message: string) {
    super(message);
    this.code = code;
    this.data = data;
  }
}
