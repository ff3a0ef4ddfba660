/**
 * Memoising by a category's spelling (code, name) without building a key string or a key array:
 * nested Maps keyed by the strings as they are (their hashes are cached by the engine), so a lookup
 * allocates nothing. Tables repeat a handful of category spellings tens of thousands of times; this
 * is what keeps that cheap.
 */
import type { CategoryRef } from "../../model";

export class SpellingMemo<V> {
  private readonly byCode = new Map<string | null, Map<string, V>>();
  /** the answer for "no category" (a null ref) */
  private none: { v: V } | null = null;
  private size = 0;

  constructor(private readonly limit = 5000) {}

  /** the spelling asked last and its answer: indicators come grouped by category, so it often repeats */
  private lastCode: string | null = null;
  private lastName: string | null = null;
  private lastValue: V | undefined = undefined;

  /** The answer remembered for `ref`, or undefined when there is none yet. */
  get(ref: CategoryRef | null): V | undefined {
    if (!ref) return this.none?.v;
    if (ref.name === this.lastName && ref.code === this.lastCode) return this.lastValue;
    const v = this.byCode.get(ref.code)?.get(ref.name);
    if (v !== undefined) {
      this.lastCode = ref.code;
      this.lastName = ref.name;
      this.lastValue = v;
    }
    return v;
  }

  set(ref: CategoryRef | null, v: V): V {
    if (!ref) {
      this.none = { v };
      return v;
    }
    // spellings are few; the limit only bounds odd inputs (a table of 10,000 distinct typos)
    if (++this.size > this.limit) {
      this.byCode.clear();
      this.size = 0;
      this.lastName = null;
      this.lastValue = undefined;
    }
    let byName = this.byCode.get(ref.code);
    if (!byName) {
      byName = new Map();
      this.byCode.set(ref.code, byName);
    }
    byName.set(ref.name, v);
    return v;
  }
}
