/**
 * Memoising by a few strings without building a key string: nested Maps keyed by the strings as
 * they are (their hashes are cached by the engine), so a lookup allocates nothing. Tables repeat a
 * handful of category spellings tens of thousands of times; this is what keeps that cheap.
 */
type Key = string | null | undefined;

export class NestedMemo<V> {
  private readonly root = new Map<Key, unknown>();
  private size = 0;

  constructor(private readonly limit = 5000) {}

  get(keys: readonly Key[], compute: () => V): V {
    let level: Map<Key, unknown> = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = level.get(keys[i]) as Map<Key, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(keys[i], next);
      }
      level = next;
    }
    const last = keys[keys.length - 1];
    if (level.has(last)) return level.get(last) as V;
    const v = compute();
    // spellings are few; the limit only bounds odd inputs (a table of 10,000 distinct typos)
    if (++this.size > this.limit) {
      this.root.clear();
      this.size = 0;
    }
    level.set(last, v);
    return v;
  }
}
