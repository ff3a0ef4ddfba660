/**
 * Whatever a workbook holds, the reader, the indicator grammar and the rules never throw, and
 * everything they point at exists: every finding's cell lies inside the grid, every span and fix
 * inside its cell's text. Grids are random but shaped enough like a table (a header row from the
 * words the reader looks for) that the reader and the rules really run on them.
 */
import fc from "fast-check";
import { fromA1 } from "../../src/domain/address";
import { checkWorkbook } from "../../src/domain/check";
import type { CellValue, SheetGrid } from "../../src/domain/grid";
import { parseIndicatorCell } from "../../src/domain/indicator";
import type { Span } from "../../src/domain/model";
import { readWorkbook } from "../../src/domain/reader";

const HEADERS = ["项目名称", "资金使用单位", "总计", "合计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", "年度指标值"];
const PIECES = [
  "1、", "2、", "3.", "１、", "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "社会效益", "服务对象满意度",
  "-", "：", ":", "；", ";", "，", "。", "年度指标值", "实施周期指标值", "≥", "≧", "<=", "95", "100", "%", "人次", "万元", "元", "亿元", "万",
  "12,000", "0.5", "2025年12月31日前", "XX", "待定", "明显提高", " ", "\u3000", "\n", "\r\n", "\u001b", "_x000D_", "合计", "部门名称：", "单位：万元", "𠀀",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(""));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.boolean() },
);

const sheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom("Sheet1", "项目支出绩效目标表", "jixiao_explained", "表 2"),
    header: fc.shuffledSubarray(HEADERS, { minLength: 3 }),
    rows: fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 14 }),
    originRow: fc.nat(6),
    originCol: fc.nat(3),
    above: fc.nat(3),
    hidden: fc.array(fc.nat(25), { maxLength: 3 }),
  })
  .map(({ name, header, rows, originRow, originCol, above, hidden }) => {
    const all: CellValue[][] = [...Array.from({ length: above }, () => []), header, ...rows];
    return { name, rows: all, originRow, originCol, hiddenRows: hidden.map((r) => r + originRow) };
  });

/** The text a span counts in: the cell's value as the reader saw it ("" for an empty cell). */
function cellText(sheets: SheetGrid[], sheetName: string, a1: string): string | null {
  const s = sheets.find((x) => x.name === sheetName);
  const at = fromA1(a1);
  if (!s || !at) return null;
  const v = s.rows[at.row - (s.originRow ?? 0)]?.[at.col - (s.originCol ?? 0)];
  return v === null || v === undefined ? "" : String(v);
}

function insideGrid(sheets: SheetGrid[], sheetName: string, a1: string): boolean {
  const s = sheets.find((x) => x.name === sheetName);
  const at = fromA1(a1);
  if (!s || !at) return false;
  const r = at.row - (s.originRow ?? 0);
  const c = at.col - (s.originCol ?? 0);
  const width = Math.max(0, ...s.rows.map((row) => row.length));
  return r >= 0 && r < s.rows.length && c >= 0 && c < width;
}

const spanInside = (text: string | null, span: Span) => text !== null && span.start >= 0 && span.start <= span.end && span.end <= text.length;

describe("random workbooks", () => {
  it("never make the reader or the rules throw; findings point inside the grid and spans inside their cell", () => {
    fc.assert(
      // a workbook's sheet names are unique
      fc.property(fc.uniqueArray(sheet, { minLength: 1, maxLength: 2, selector: (s) => s.name }), (sheets) => {
        const grid = { sheets };
        const model = readWorkbook(grid);
        const { findings } = checkWorkbook(model);
        for (const f of findings) {
          // a finding about the workbook as a whole (no table) names A1 of a sheet, which always exists
          if (f.rule === "no-table") continue;
          expect([f.rule, f.sheet, f.cell, insideGrid(sheets, f.sheet, f.cell)]).toEqual([f.rule, f.sheet, f.cell, true]);
          for (const span of [f.span, f.fix].filter((s): s is Span => Boolean(s))) {
            expect([f.rule, span, spanInside(cellText(sheets, f.sheet, span.cell), span)]).toEqual([f.rule, span, true]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("random indicator cells", () => {
  it("never make the grammar throw, and every span lies inside the cell's text", () => {
    fc.assert(
      fc.property(text, (raw) => {
        for (const ind of parseIndicatorCell(raw, "G5", 5)) {
          const spans = [ind.span, ind.seqSpan, ind.level1?.span, ind.level2?.span, ind.name?.span, ind.periodValue?.span, ind.annualValue?.span];
          for (const s of spans) if (s) expect([raw, s, spanInside(raw, s)]).toEqual([raw, s, true]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
