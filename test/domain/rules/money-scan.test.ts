/**
 * The linear money scanner gives exactly what the quadratic pattern it replaced gave, on random
 * text made of the characters that pattern cares about; and it reads 32,000-character cells.
 */
import fc from "fast-check";
import { scanMoney } from "../../../src/domain/rules/support/money-scan";
import { mayNameMoney, moneyMentions } from "../../../src/domain/rules/support/money-text";

/** The pattern money text was searched with before (quadratic on long digit runs). */
const OLD_MONEY = /(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元|万(?![\u4e00-\u9fa5A-Za-z]))(?!\s*[/／每])/g;
const OLD_MAYBE = /[0-9０-９][^]*[元万]/;

function oldMatches(text: string) {
  const out = [];
  OLD_MONEY.lastIndex = 0;
  for (let m = OLD_MONEY.exec(text); m; m = OLD_MONEY.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, number: m[1], unit: m[2] });
  return out;
}

const PIECES = ["1", "2", "0", "9", "12", "345", "1234", ",", "，", ".", " ", "\u3000", "\n", "元", "万", "亿", "万元", "亿元", "人", "次", "a", "/", "／", "每", "约", "５"];
const moneyish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

describe("scanMoney", () => {
  it("finds what the old pattern found, at the same offsets, on random money-like text", () => {
    fc.assert(fc.property(moneyish, (text) => expect(scanMoney(text)).toEqual(oldMatches(text))), { numRuns: 5000 });
  });

  it("finds what the old pattern found on thousands-separated numbers", () => {
    const groups = fc.array(fc.constantFrom("1", "12", "123", "1234", ",", "，", "000", ".5", "万", "元", "万人", " "), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(fc.property(groups, (text) => expect(scanMoney(text)).toEqual(oldMatches(text))), { numRuns: 3000 });
  });

  it("answers mayNameMoney as the old pattern did", () => {
    fc.assert(fc.property(moneyish, (text) => expect(mayNameMoney(text)).toBe(OLD_MAYBE.test(text))), { numRuns: 3000 });
  });

  it("reads 32,000-character cells of digits and CJK (the old pattern took seconds on each)", () => {
    const digits = "9".repeat(32_000);
    expect(moneyMentions(`${digits}万人`)).toEqual([]);
    const found = moneyMentions(`项目资金${digits}万元`);
    expect(found.map((m) => [m.start, m.end, m.unit])).toEqual([[4, 32_006, "万元"]]);
    const mixed = Array.from({ length: 16_000 }, (_, k) => (k % 2 ? "项" : String(k % 10))).join("");
    expect(moneyMentions(`${mixed}共3万元`).map((m) => m.text)).toEqual(["3万元"]);
    const commas = "123,".repeat(8_000);
    expect(moneyMentions(`${commas}万人`)).toEqual([]);
  });
});
