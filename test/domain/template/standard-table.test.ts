/**
 * The standard table plan (新建绩效目标表) without a host: read by the reader in the layout chosen,
 * one project, and checked clean but for the example's placeholder values; a free sheet name.
 */
import type { SheetGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { checkWorkbook } from "../../../src/domain/check";
import { projectsOf } from "../../../src/domain/model";
import { AMOUNT_FORMAT, TEMPLATE_LAYOUTS, freeSheetName, planStandardTable } from "../../../src/domain/template/standard-table";

/** The plan as the grid a host would hand the reader, number formats included. */
function gridOf(layout: (typeof TEMPLATE_LAYOUTS)[number]): SheetGrid {
  const plan = planStandardTable(layout);
  return {
    name: "项目支出绩效目标表",
    rows: plan.rows,
    formats: plan.numberFormats.map((row) => row.map((f) => (f === "General" ? null : { numberFormat: f }))),
    merges: plan.merges,
  };
}

describe.each(TEMPLATE_LAYOUTS)("the %s standard table", (layout) => {
  test("reads back in its layout with one project of five indicators", () => {
    const model = readWorkbook({ sheets: [gridOf(layout)] });
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table.layout).toBe(layout);
    expect(projectsOf(table).map((p) => p.name)).toEqual(["示例项目（请改为项目名称）"]);
    expect(projectsOf(table)[0].indicators.length).toBe(5);
  });

  test("the example project carries its goal, agency and amounts as the reader finds them", () => {
    const [row] = projectsOf(readWorkbook({ sheets: [gridOf(layout)] }).tables[0]);
    expect(row.goal?.text).toMatch(/^（示例）全年完成XX项工作/);
    expect(row.agency).toBe("示例单位");
    expect(row.indicators.map((i) => i.name?.text)).toEqual(["完成工作次数", "工作按期完成率", "政策知晓率", "服务对象满意度", "项目支出成本"]);
    // every layout but agency gives both values; the form's 实施周期 ones come from its 长期 table
    expect(row.indicators.every((i) => i.annualValue?.text.includes("XX"))).toBe(true);
    expect(row.indicators.every((i) => i.periodValue?.text.includes("XX"))).toBe(layout !== "agency");
  });

  test("the checker finds only the example's placeholders, one per indicator", () => {
    const { findings } = checkWorkbook(readWorkbook({ sheets: [gridOf(layout)] }));
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["placeholder-value"]));
    expect(findings).toHaveLength(5);
  });

  test("amounts are formatted 0.00 and only amounts", () => {
    const plan = planStandardTable(layout);
    plan.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (plan.numberFormats[r][c] === AMOUNT_FORMAT) expect(typeof v === "number" || v === null).toBe(true);
        if (typeof v === "string") expect(plan.numberFormats[r][c]).toBe("General");
      }),
    );
    expect(plan.numberFormats.flat().includes(AMOUNT_FORMAT)).toBe(layout !== "agency");
    // a table scrolls under its header; a form is read top to bottom under its title and 部门 line
    expect(plan.freezeRows).toBe(layout === "form" ? 2 : plan.headerRow + 1);
    expect(plan.columnWidths).toHaveLength(plan.rows[0].length);
  });
});

test("a new table takes a free name and never an existing sheet's", () => {
  expect(freeSheetName(["Sheet1"])).toBe("项目支出绩效目标表");
  expect(freeSheetName(["项目支出绩效目标表"])).toBe("项目支出绩效目标表(2)");
  expect(freeSheetName(["项目支出绩效目标表", "项目支出绩效目标表(2)"])).toBe("项目支出绩效目标表(3)");
});
