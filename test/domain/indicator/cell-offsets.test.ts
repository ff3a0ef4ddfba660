/** The parser maps offsets of a cell with line breaks by runs: the same offsets as cleanWithMap's map. */
import fc from "fast-check";
import { cellOffset, cleanWithMap, cleanWithRuns } from "../../../src/domain/text";

const ch = fc.constantFrom("a", "b", "产", "出", "1", "、", "；", " ", "\t", "\u3000", "\u00a0", "\n", "\r", "\u2028", "\u2029");

it("cleanWithRuns has cleanWithMap's text and maps every offset as its map does", () => {
  fc.assert(
    fc.property(fc.array(ch, { maxLength: 32 }).map((a) => a.join("")), (s) => {
      const m = cleanWithMap(s);
      const r = cleanWithRuns(s);
      if (r.text !== m.text) return false;
      for (let i = 0; i <= m.text.length; i++) if (cellOffset(r, i) !== m.map[i]) return false;
      return true;
    }),
    { numRuns: 3000 },
  );
});

it("maps across a joined break and a space put between Latin words", () => {
  const raw = "  ab\n cd产\n\n出 ";
  const r = cleanWithRuns(raw);
  expect(r.text).toBe("ab cd产出");
  expect([...r.text, ""].map((_, i) => cellOffset(r, i))).toEqual(cleanWithMap(raw).map);
});
