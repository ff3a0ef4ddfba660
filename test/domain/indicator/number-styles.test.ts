/**
 * The numbering habits of hand-kept cells: every marker style reads as the export's `1、` does,
 * unnumbered items one per line or per `；`, and the formatter keeps the cell's own style.
 */
import { parseIndicatorCell } from "../../../src/domain/indicator/parse";
import { appendIndicator, renumber, type IndicatorSpec } from "../../../src/domain/indicator/format";
import { chineseNumberValue, chineseNumeral, markerOf } from "../../../src/domain/indicator/markers";
import { runRule } from "../../support/run-rule";
import { compactSheet, project, readOne } from "../reader/helpers";

/** Three items of seed 000's short dialect, each with its marker for 1, 2, 3 in place of {n}. */
const ITEMS = [
  "产出指标：培训人数，年度指标值：≥50人。",
  "效益指标：政策知晓率，年度指标值：≥90%。",
  "满意度指标：服务对象满意度，年度指标值：≥90%。",
];
const STYLES: Array<[string, string[]]> = [
  ["1、", ["1、", "2、", "3、"]],
  ["1.", ["1.", "2.", "3."]],
  ["1．", ["1．", "2．", "3．"]],
  ["1）", ["1）", "2）", "3）"]],
  ["1)", ["1)", "2)", "3)"]],
  ["（1）", ["（1）", "（2）", "（3）"]],
  ["(1)", ["(1)", "(2)", "(3)"]],
  ["①", ["①", "②", "③"]],
  ["（一）", ["（一）", "（二）", "（三）"]],
  ["一、", ["一、", "二、", "三、"]],
];

const names = (text: string) => parseIndicatorCell(text, "G4", 4).map((i) => i.name?.text ?? null);

describe("numbering styles", () => {
  it.each(STYLES)("%s: each item is one indicator with its number, category, name and value", (style, markers) => {
    const text = ITEMS.map((item, k) => markers[k] + item).join("");
    const inds = parseIndicatorCell(text, "G4", 4);
    expect(inds.map((i) => i.seq)).toEqual([1, 2, 3]);
    expect(inds.map((i) => i.numberStyle)).toEqual([style, style, style]);
    expect(inds.map((i) => i.level1?.name)).toEqual(["产出指标", "效益指标", "满意度指标"]);
    expect(inds.map((i) => i.name?.text)).toEqual(["培训人数", "政策知晓率", "服务对象满意度"]);
    expect(inds.map((i) => i.annualValue?.text)).toEqual(["≥50人", "≥90%", "≥90%"]);
    // the number's span is the marker as written
    expect(text.slice(inds[1].seqSpan!.start, inds[1].seqSpan!.end)).toBe(markers[1]);
  });

  it.each(STYLES)("%s: items typed on their own lines without terminators still split", (_style, markers) => {
    const text = ["培训人数≥50人", "政策知晓率≥90%", "服务对象满意度≥90%"].map((item, k) => markers[k] + item).join("\n");
    expect(names(text)).toEqual(["培训人数≥50人", "政策知晓率≥90%", "服务对象满意度≥90%"]);
  });

  it("keeps a decimal, a date and a number inside a value as text", () => {
    const text = "1.产出指标：设备数量，年度指标值：≥1.5台。2.效益指标：完成时间，年度指标值：2025.12.31前。";
    const inds = parseIndicatorCell(text, "G4", 4);
    expect(inds.map((i) => i.seq)).toEqual([1, 2]);
    expect(inds.map((i) => i.annualValue?.text)).toEqual(["≥1.5台", "2025.12.31前"]);
  });

  it("reads a cell in the style of its first item: a (1) inside a 1、 list stays text", () => {
    const text = "1、产出指标：完成培训（1）期，年度指标值：1期。2、效益指标：满意度，年度指标值：≥90%。";
    expect(parseIndicatorCell(text, "G4", 4).map((i) => [i.seq, i.numberStyle])).toEqual([
      [1, "1、"],
      [2, "1、"],
    ]);
  });

  it("reads Chinese numerals to 99 and writes them back", () => {
    expect(["一", "九", "十", "十一", "二十", "二十三", "九十九"].map(chineseNumberValue)).toEqual([1, 9, 10, 11, 20, 23, 99]);
    expect([1, 10, 11, 20, 23].map(chineseNumeral)).toEqual(["一", "十", "十一", "二十", "二十三"]);
    expect(["1、", "（1）", "①", "（一）", "一、", "1)"].map((s) => markerOf(s, 12))).toEqual(["12、", "（12）", "⑫", "（十二）", "十二、", "12)"]);
  });
});

describe("unnumbered items", () => {
  it("reads items typed one per line (Alt+Enter) as one indicator each", () => {
    const text = "产出指标：培训人数，年度指标值：≥50人\n效益指标：政策知晓率，年度指标值：≥90%\n满意度指标：服务对象满意度，年度指标值：≥90%";
    const inds = parseIndicatorCell(text, "G4", 4);
    expect(inds.map((i) => [i.seq, i.name?.text, i.annualValue?.text])).toEqual([
      [null, "培训人数", "≥50人"],
      [null, "政策知晓率", "≥90%"],
      [null, "服务对象满意度", "≥90%"],
    ]);
    // spans point into the cell's own text, line breaks and all
    expect(text.slice(inds[2].span.start, inds[2].span.end)).toBe("满意度指标：服务对象满意度，年度指标值：≥90%");
  });

  it("reads items ended by ； as one indicator each", () => {
    const text = "产出指标：培训人数≥50人；效益指标：政策知晓率≥90%；满意度指标：服务对象满意度≥90%；";
    expect(names(text)).toEqual(["培训人数≥50人", "政策知晓率≥90%", "服务对象满意度≥90%"]);
  });

  it("keeps an unnumbered code-dialect item whole: its parts are separated by ； too", () => {
    const text = "1-产出指标；11-数量指标；培训人数；实施周期指标值:≥50人；年度指标值:≥50人。";
    const inds = parseIndicatorCell(text, "G4", 4);
    expect(inds).toHaveLength(1);
    expect([inds[0].level1?.name, inds[0].level2?.name, inds[0].name?.text]).toEqual(["产出指标", "数量指标", "培训人数"]);
  });

  it("keeps a sentence wrapped over lines as one item", () => {
    expect(names("按照要求完成全年\n培训任务，提升\n服务水平")).toEqual(["按照要求完成全年培训任务，提升服务水平"]);
  });
});

describe("the numbering rule on every style", () => {
  const check = (text: string) => runRule("numbering", readOne(compactSheet([project("培训经费", 10, undefined, text)])));

  it.each([
    ["a skipped ③", "①产出指标：培训人数，年度指标值：≥50人。②效益指标：知晓率，年度指标值：≥90%。④满意度指标：满意度，年度指标值：≥90%。", "1、2、4"],
    ["a repeated 3）", "1）产出指标：培训人数，年度指标值：≥50人。2）效益指标：知晓率，年度指标值：≥90%。3）满意度指标：满意度，年度指标值：≥90%。3）成本指标：成本，年度指标值：≤10万元。", "1、2、3、3"],
    ["（一）（三）", "（一）产出指标：培训人数，年度指标值：≥50人。（三）效益指标：知晓率，年度指标值：≥90%。", "1、3"],
  ])("finds %s and renumbers in the cell's own style", (_what, text, written) => {
    const found = check(text);
    expect(found.map((f) => f.subject)).toEqual([written]);
    const fixed = found[0].fix!.replacement;
    expect(check(fixed)).toEqual([]);
    expect(renumber(text)).toBe(fixed);
  });

  it("renumbers ①②④ as ①②③ and leaves everything else as typed", () => {
    expect(renumber("①培训；②知晓率；④满意度")).toBe("①培训；②知晓率；③满意度");
    expect(renumber("（一）培训。（三）知晓率。")).toBe("（一）培训。（二）知晓率。");
  });
});

describe("appending keeps the cell's style", () => {
  const spec: IndicatorSpec = {
    level1: { code: null, name: "满意度指标" },
    level2: null,
    name: "服务对象满意度",
    periodValue: null,
    annualValue: "≥90%",
  };

  it.each([
    ["（1）产出指标：培训人数，年度指标值：≥50人。（2）效益指标：知晓率，年度指标值：≥90%。", "（3）满意度指标：服务对象满意度，年度指标值：≥90%。"],
    ["①产出指标：培训人数，年度指标值：≥50人。②效益指标：知晓率，年度指标值：≥90%。", "③满意度指标：服务对象满意度，年度指标值：≥90%。"],
    ["一、产出指标：培训人数，年度指标值：≥50人。二、效益指标：知晓率，年度指标值：≥90%。", "三、满意度指标：服务对象满意度，年度指标值：≥90%。"],
  ])("%s", (cell, added) => {
    expect(appendIndicator(cell, spec)).toBe(cell + added);
  });

  it("puts a new item on its own line when the cell lists one per line, unnumbered", () => {
    const cell = "产出指标：培训人数，年度指标值：≥50人\n效益指标：知晓率，年度指标值：≥90%";
    expect(appendIndicator(cell, spec)).toBe(`${cell}。\n满意度指标：服务对象满意度，年度指标值：≥90%。`);
  });
});
