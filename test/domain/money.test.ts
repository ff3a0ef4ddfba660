import { amountMicros, parseAmount, sumAmounts, formatMoney, numberAmount, Big, type Amount } from "../../src/domain/money";

/** A number amount as plain data: its kind, decimal value and exact millionths. */
const plain = (a: Amount) => (a.kind === "number" ? { kind: a.kind, value: a.value.toString(), micros: a.micros } : a);

describe("parseAmount", () => {
  it("reads numbers, text with separators and full-width digits, dashes and junk", () => {
    expect(plain(parseAmount(563.39))).toEqual({ kind: "number", value: "563.39", micros: 563_390_000 });
    expect(plain(parseAmount("1,234.50"))).toEqual({ kind: "number", value: "1234.5", micros: 1_234_500_000 });
    expect(plain(parseAmount("１２．５"))).toEqual({ kind: "number", value: "12.5", micros: 12_500_000 });
    expect(plain(parseAmount(" 49.00 "))).toEqual({ kind: "number", value: "49", micros: 49_000_000 });
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

describe("exact millionths (micros) beside the big.js value", () => {
  it("are the value × 1,000,000 when that is a safe integer", () => {
    expect(plain(parseAmount(-2.5))).toEqual({ kind: "number", value: "-2.5", micros: -2_500_000 });
    expect(plain(parseAmount(0.1 + 0.2))).toEqual({ kind: "number", value: "0.3", micros: 300_000 });
    expect(plain(parseAmount(1e-7))).toMatchObject({ value: "1e-7", micros: null });
    expect(plain(parseAmount(0.0000015))).toMatchObject({ micros: null });
    expect(plain(parseAmount("12.3400000"))).toMatchObject({ value: "12.34", micros: 12_340_000 });
    expect(plain(parseAmount(9_000_000_000))).toMatchObject({ value: "9000000000", micros: 9_000_000_000_000_000 });
    expect(plain(parseAmount(10_000_000_000))).toMatchObject({ value: "10000000000", micros: null });
    expect(plain(numberAmount(new Big("0.125")))).toEqual({ kind: "number", value: "0.125", micros: 125_000 });
  });
  it("count a blank as 0 and text as unknown", () => {
    expect(amountMicros(parseAmount("—"))).toBe(0);
    expect(amountMicros(parseAmount("待定"))).toBeNull();
    expect(amountMicros(parseAmount(1e-7))).toBeNull();
    expect(amountMicros(parseAmount(0.01))).toBe(10_000);
  });
  it("serialises as { kind, value } like a plain amount", () => {
    expect(JSON.parse(JSON.stringify(parseAmount(563.39)))).toEqual({ kind: "number", value: "563.39" });
  });
});
