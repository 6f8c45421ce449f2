import { messages, type MessageCode, type MessageData } from "./messages.js";

/**
 * The one error type the library throws. `code` names the problem and `data` holds what was
 * found, apart from the wording (as zod keeps ZodIssue apart from its locale): callers can
 * branch on `code`; people read `message`.
 */
export class GpuCostError<C extends MessageCode = MessageCode> extends Error {
  override readonly name = "GpuCostError";
  readonly code: C;
  readonly data: MessageData<C>;

  constructor(code: C, data: MessageData<C>) {
    super((messages[code] as (d: MessageData<C>) => string)(data));
    this.code = code;
    this.data = data;
  }
}

/** Throw the catalogued error `code` with its data. Every library error goes through here. */
export function fail<C extends MessageCode>(code: C, data: MessageData<C>): never {
  throw new GpuCostError(code, data);
}
