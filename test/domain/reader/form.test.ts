/**
 * The per-project 申报表: one project per sheet, its name, amounts and goal from the header block,
 * its indicators from the table under it (一级/二级 merged down), rules as on any project.
 */
import { checkWorkbook } from "../../../src/domain/check";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";

const GOAL = "为辖区民营企业提供政策咨询、法律、融资等服务，全年服务企业不少于200家，提升企业获得感。";

function formSheet(name: string, project: string, cost: string): SheetGrid {
  const rows: CellValue[][] = [
    ["2025年项目支出绩效目标申报表", null, null, null, null],
    ["项目名称", project, null, null, null],
    ["主管部门", "广州市工商业联合会", null, "实施单位", "广州市民营企业服务中心"],
    ["项目资金（万元）", "资金总额", 30, null, null],
    [null, "其中：财政拨款", 30, null, null],
    [null, "其他资金", null, null, null],
    ["年度绩效目标", GOAL, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "服务企业数", "≥200家"],
    [null, null, "质量指标", "服务事项办结率", "≥95%"],
    [null, null, "时效指标", "服务完成时间", "2025年12月31日前"],
    [null, "效益指标", "社会效益指标", "企业政策知晓率", "≥90%"],
    [null, "成本指标", "经济成本指标", "项目总成本", cost],
    [null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
  ];
  return {
    name,
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 6, left: 1, bottom: 6, right: 4 },
      { top: 8, left: 1, bottom: 10, right: 1 },
      { top: 7, left: 0, bottom: 13, right: 0 },
    ],
  };
}

describe("the 申报表 form layout", () => {
  const model = readWorkbook({ sheets: [formSheet("项目一", "企业服务中心运行经费", "≤30万元"), formSheet("项目二", "商事调解专项经费", "≤40万元")] });

  it("reads each form sheet as one project with its header block and indicators", () => {
    expect(model.tables.map((t) => [t.sheet, t.layout, t.rows.length, t.missingColumns])).toEqual([
      ["项目一", "form", 1, []],
      ["项目二", "form", 1, []],
    ]);
    const [p] = model.tables[0].rows;
    expect([p.kind, p.name, p.nameCell, p.agency, p.department, p.goal?.text, p.goal?.cell]).toEqual([
      "project",
      "企业服务中心运行经费",
      "B2",
      "广州市民营企业服务中心",
      "广州市工商业联合会",
      GOAL,
      "B7",
    ]);
    expect([p.amounts?.total.kind === "number" && p.amounts.total.value.toString(), p.amountCells.total]).toEqual(["30", "C4"]);
    expect(p.indicators.map((i) => [i.level1?.name, i.level2?.name, i.name?.text, i.annualValue?.text])).toEqual([
      ["产出指标", "数量指标", "服务企业数", "≥200家"],
      ["产出指标", "质量指标", "服务事项办结率", "≥95%"],
      ["产出指标", "时效指标", "服务完成时间", "2025年12月31日前"],
      ["效益指标", "社会效益指标", "企业政策知晓率", "≥90%"],
      ["成本指标", "经济成本指标", "项目总成本", "≤30万元"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]);
  });

  it("applies the project rules: a cost above the form's 资金总额 is found, no column is missing", () => {
    const findings = checkWorkbook(model).findings;
    expect(findings.filter((f) => f.rule === "column-missing")).toEqual([]);
    expect(findings.filter((f) => f.rule === "cost-exceeds-amount").map((f) => [f.sheet, f.cell, f.project])).toEqual([["项目二", "E13", "商事调解专项经费"]]);
  });
});
