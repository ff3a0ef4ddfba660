import { parseAmount, sumAmounts, formatMoney, Big } from "../../src/domain/money";

describe("parseAmount", () => {
  it("reads numbers, text with separators and full-width digits, dashes and junk", () => {
    expect(parseAmount(563.39)).toEqual({ kind: "number", value: new Big("563.39") });
    expect(parseAmount("1,234.50")).toEqual({ kind: "number", value: new Big("1234.5") });
    expect(parseAmount("１２．５")).toEqual({ kind: "number", value: new Big("12.5") });
    expect(parseAmount(" 49.00 ")).toEqual({ kind: "number", value: new Big("49") });
    expect(parseAmount("—").kind).toBe("empty");
    expect(parseAmount("-").kind).toBe("empty");
    expect(parseAmount(null).kind).toBe("empty");
    expect(parseAmount("待定")).toEqual({ kind: "invalid", text: "待定" });
    expect(parseAmount("#REF!")).toEqual({ kind: "invalid", text: "#REF!" });
  });
  it("sums exactly, without float drift", () => {
    const s = sumAmounts([parseAmount(0.1), parseAmount(0.2), parseAmount("—")]);
    expect(s?.toString()).toBe("0.3");
    expect(sumAmounts([parseAmount(1), parseAmount("x")])).toBeNull();
    expect(formatMoney(new Big("563.4"))).toBe("563.40");
  });
});
