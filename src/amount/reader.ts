/**
 * A cursor over one phrase (./phrases.ts), scanning tokens as it goes: spaces the grammar allows
 * are stepped over, and the phrase ends at the first token that does not belong to it. Nothing
 * behind the cursor is kept, so a phrase of a million tokens costs no more memory than one of
 * ten. Errors quote the text and say where.
 */
import type { DataOf } from "../errors/failer.js";
import type { Currency } from "../money/currency.js";
import { inPhrase, joinsAcrossSpace } from "./phrases.js";
import { fail, type AmountCatalogue } from "./messages.js";
import { readToken, type Token } from "./tokenize.js";

/** How a phrase is read. */
export interface ReadOptions {
  /** `"JPY"` or `"CNY"`: what a bare `¥` stands for. Without it, `¥5` is refused as ambiguous. */
  readonly yenSign?: Extract<Currency, "JPY" | "CNY">;
}

/** How much of the rest of a phrase an error needs: more than the 20 characters it quotes. */
const REST_SHOWN = 64;

export class Reader {
  /** Tokens of the phrase scanned ahead of the cursor: `size` of them from `head`, in a ring of 8. */
  private readonly ring: Token[] = [];
  private head = 0;
  private size = 0;
  /** Or tokens scanned before, by another reader ({@link replay}), read from `next` on. */
  private replayed: Token[] | undefined;
  private replayedCount = 0;
  private next = 0;
  /** The phrase ends after the tokens in the queue. */
  private ended = false;
  /** Where scanning goes on. */
  private scanned: number;
  /** The last token queued: a space after it joins the phrase only if the grammar allows. */
  private queuedLast: Token | undefined;
  /** The last token read, if any. */
  last: Token | undefined;

  constructor(
    /** The whole text, as the caller wrote it. */
    readonly text: string,
    /** The text with full-width forms as ASCII (`normaliseWidth(text)`). */
    private readonly plain: string,
    /** Where the phrase begins: a token {@link inPhrase}. */
    private start: number,
    readonly options: ReadOptions = {},
    /** Prose (`parseAmounts`) rather than one amount (`parseAmount`): see ./read-phrase.ts. */
    readonly prose = false,
  ) {
    this.scanned = start;
  }

  /**
   * Reads the phrase that begins with `first` (already scanned), forgetting the last one: one
   * reader serves every phrase of a text, so a text of a million short phrases allocates no
   * million readers.
   */
  restart(first: Token): this {
    this.start = first.start;
    this.scanned = first.end;
    this.ring[0] = first;
    this.head = 0;
    this.size = 1;
    this.ended = false;
    this.queuedLast = first;
    this.last = undefined;
    this.replayed = undefined;
    this.next = 0;
    return this;
  }

  /** The phrase's token `count` places after the cursor, or undefined past the phrase's end. */
  peek(count = 0): Token | undefined {
    if (this.replayed) return this.next + count < this.replayedCount ? this.replayed[this.next + count] : undefined;
    while (this.size <= count && !this.ended) this.queueNext();
    return count < this.size ? this.ring[(this.head + count) & 7] : undefined;
  }

  /** The next token of the phrase, moving past it (and a space before it). */
  take(): Token {
    const token = this.peek()!;
    if (this.replayed) {
      this.next++;
    } else {
      this.head = (this.head + 1) & 7;
      this.size--;
    }
    this.last = token;
    return token;
  }

  /**
   * Reads the first `count` of `tokens`, the phrase's tokens without spaces, already scanned by
   * another reader (parseAmounts scans a phrase once to see whether it holds an amount, then reads it).
   */
  replay(tokens: Token[], count: number): this {
    this.replayed = tokens;
    this.next = 0;
    this.replayedCount = count;
    this.last = undefined;
    return this;
  }

  /** Has the whole phrase been read? */
  done(): boolean {
    return this.peek() === undefined;
  }

  /** Where the text goes on after what has been read: the end of the last token. */
  end(): number {
    return this.last?.end ?? this.start;
  }

  /** The text of `from..to`, inclusive, as written: `word(t)` for one token. */
  word(from: Token, to: Token = from): string {
    return this.text.slice(from.start, to.end);
  }

  /**
   * The text from `from` to the end of the phrase, for errors, which quote 20 characters of it:
   * so it reads on no further than {@link REST_SHOWN} characters past `from`.
   */
  rest(from: Token): string {
    while (this.end() - from.start < REST_SHOWN && !this.done()) this.take();
    return this.text.slice(from.start, Math.max(from.end, this.end()));
  }

  /** Fails with a positioned amount error at `token`, quoting `part` (its text unless given). */
  failAt<C extends PositionedCode>(
    code: C,
    token: Token,
    extra: Omit<DataOf<AmountCatalogue, C>, "text" | "at" | "part"> & { part?: string },
  ): never {
    return fail(code, { text: this.text, at: token.start, part: this.word(token), ...extra });
  }

  /** Scans the next token of the phrase into the queue, or marks its end. */
  private queueNext(): void {
    let token = this.scan();
    if (token?.kind === "invisible") {
      // at the phrase's end it is left out; inside it, refused: `400万\u200b日元`
      let after = this.scan();
      if (after?.kind === "space") after = this.scan();
      if (after && inPhrase(after) && after.kind !== "invisible") this.failAt("amountInvisible", token, {});
      token = undefined;
    }
    if (token?.kind === "space") {
      const after = this.scan();
      token =
        after && inPhrase(after) && this.queuedLast && joinsAcrossSpace(this.queuedLast, after) ? after : undefined;
    }
    if (!token || !inPhrase(token)) {
      this.ended = true;
      return;
    }
    this.ring[(this.head + this.size) & 7] = token;
    this.size++;
    this.queuedLast = token;
  }

  private scan(): Token | undefined {
    if (this.scanned >= this.plain.length) return undefined;
    const token = readToken(this.text, this.plain, this.scanned);
    this.scanned = token.end;
    return token;
  }
}

/** The amount messages that say where in the text the problem is. */
export type PositionedCode =
  | "amountUnknownUnit"
  | "amountAmbiguousYen"
  | "amountUnitConflict"
  | "amountSecondSeparator"
  | "amountNoLowEnd"
  | "amountNoHighEnd"
  | "amountNoUpperEnd"
  | "amountMoreOnZero"
  | "amountInvisible"
  | "amountOneCharacterNumber"
  | "amountBoundOnRange"
  | "amountMinus"
  | "amountDecimalPoints"
  | "amountGrouping"
  | "amountTooLong"
  | "amountAdjacentDigits"
  | "amountPlaceOrder"
  | "amountPlaceOverflow"
  | "amountPlaceDigit"
  | "amountPlaceAlone"
  | "amountBareDigit"
  | "amountDecimalNotLast"
  | "amountMixedScales"
  | "amountSeveralAlone"
  | "amountZeroDenominator"
  | "amountHalfWithNumber"
  | "amountBareBesideRatio"
  | "amountSharedPlace"
  | "amountNoSeparator"
  | "amountUnexpected"
  | "amountExtraText";
