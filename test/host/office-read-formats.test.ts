/**
 * The Office read loads indent and bold only for the columns the reader uses them in (the 项目名称
 * column), counted in bytes over the fake: on a wide table of long text the rest was a large share of
 * every response and told the reader nothing.
 */
import type { CellFormat, CellValue, SheetGrid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { OfficeHost } from "../../src/host/office-host";
import { createFakeExcel } from "./fake-excel";

const TEXT = "通过实施本项目，保障办公场地正常运转，提升公共服务质量和群众满意度。";

/**
 * `projects` projects under a 合计 and an agency row (both bold, projects indented one level), with
 * `lead` columns of long text before the 项目名称 column and eight long-text columns after it.
 */
function wideTable(projects: number, lead: number): SheetGrid {
  const before = Array.from({ length: lead }, (_, i) => `说明${i + 1}`);
  const after = ["总计", "财政拨款", "绩效目标", "绩效指标", "备注一", "备注二", "备注三", "备注四"];
  const bold: CellFormat = { bold: true };
  const rows: CellValue[][] = [[...before, "项目名称", ...after]];
  const formats: (CellFormat | null)[][] = [[]];
  const line = (name: string, amount: number, text: string | null) => [...before.map(() => text), name, amount, amount, ...after.slice(2).map(() => text)];
  rows.push(line("合计", projects, null), line("某某单位", projects, null));
  formats.push(withAt(lead, bold), withAt(lead, bold));
  for (let p = 1; p <= projects; p++) {
    rows.push(line(`第${p}号项目`, 1, `${TEXT}（${p}）`));
    formats.push(withAt(lead, { indent: 1 }));
  }
  return { name: "表", rows, formats };
}

function withAt(c: number, f: CellFormat): (CellFormat | null)[] {
  return Array.from({ length: c + 1 }, (_, i) => (i === c ? f : null));
}

/** Bytes of one sync that loads the whole used range's indent/bold, as the read did before. */
async function bytesOfAllFormatting(source: SheetGrid): Promise<number> {
  const fake = createFakeExcel({ sheets: [source] });
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(source.name).getUsedRange(true).getCellProperties({ format: { indentLevel: true, font: { bold: true } } });
    await context.sync();
  });
  return fake.stats.bytesLoaded;
}

async function bytesOfValuesAndNumberFormats(source: SheetGrid): Promise<number> {
  const fake = createFakeExcel({ sheets: [source] });
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(source.name).getUsedRange(true).load("values,numberFormat");
    await context.sync();
  });
  return fake.stats.bytesLoaded;
}

test("a wide table of long text: a read sends the name column's indent/bold, not every cell's, and the reader still tells 合计 and agency from projects", async () => {
  const source = wideTable(300, 2);
  const fake = createFakeExcel({ sheets: [source] });
  const host = new OfficeHost(fake);
  await host.prepare();
  await host.readWorkbook(); // learns the name column
  fake.resetStats();
  const grid = await host.readWorkbook();
  expect(fake.stats.readSyncs).toBe(1);
  const cells = source.rows.length * source.rows[0].length;
  const plain = await bytesOfValuesAndNumberFormats(source);
  const allFormatting = await bytesOfAllFormatting(source);
  const oneColumnFormatting = (allFormatting / cells) * source.rows.length;
  // what the read sent: values and number formats, and the formatting of one column of thirteen
  expect(fake.stats.bytesLoaded).toBeGreaterThan(plain);
  expect(fake.stats.bytesLoaded - plain).toBeLessThanOrEqual(oneColumnFormatting * 1.2);
  // before, all of it: the saving is the other twelve columns' formatting
  expect(plain + allFormatting - fake.stats.bytesLoaded).toBeGreaterThan(allFormatting * 0.85);
  const table = readWorkbook(grid).tables[0];
  expect(table.rows.filter((r) => r.kind === "project")).toHaveLength(300);
  expect(table.rows.filter((r) => r.kind !== "project").map((r) => r.kind)).toEqual(["total", "agency"]);
});

test("a name column past the first four: its indent/bold come in one more sync, and the next read loads them with the values", async () => {
  const source = wideTable(40, 6);
  const fake = createFakeExcel({ sheets: [source] });
  const host = new OfficeHost(fake);
  await host.prepare();
  fake.resetStats();
  const first = await host.readWorkbook();
  expect(fake.stats.readSyncs).toBe(2);
  expect(first.sheets[0].formats?.[1][6]).toEqual({ bold: true });
  expect(first.sheets[0].formats?.[3][6]).toEqual({ indent: 1 });
  fake.resetStats();
  const second = await host.readWorkbook();
  expect(fake.stats.readSyncs).toBe(1);
  expect(second).toEqual(first);
  expect(readWorkbook(second).tables[0].rows.filter((r) => r.kind === "project")).toHaveLength(40);
});
