import { readWorkbook, matchHeaderLabel, HEADER_SEARCH_ROWS } from "../../../src/domain/reader";
import { projectsOf } from "../../../src/domain/model";
import { COMPACT_HEADER, IND1, GOAL, TITLE, compactSheet, project, readOne } from "./helpers";

describe("header labels as real workbooks write them", () => {
  it.each([
    ["项目名称（资金使用单位）", "name"],
    ["项目名称\n(资金使用单位)", "name"],
    ["项目名称", "name"],
    ["总 计", "total"],
    ["总计（万元）", "total"],
    ["财政专户\n拨款", "special"],
    ["财政\n拨款", "fiscal"],
    ["其他资金", "other"],
    ["绩效目标", "goal"],
    ["年度绩效目标", "goal"],
    ["绩效指标", "indicators"],
    ["主管部门", "department"],
    ["预算单位", "agency"],
    ["资金使用单位", "agency"],
    ["一级指标", "level1"],
    ["二级指标", "level2"],
    ["三级指标", "level3"],
    ["实施周期指标值", "periodValue"],
    ["年度指标值", "annualValue"],
    ["指标性质", "nature"],
    ["计量单位", "measureUnit"],
    ["度量单位", "measureUnit"],
    ["指标方向性", "direction"],
  ])("%j → %s", (label, key) => {
    expect(matchHeaderLabel(label)).toBe(key);
  });

  it.each(["项目支出绩效目标表（含转移支付项目）", "部门名称：广州市工商业联合会", "单位：万元", "工作经费", ""])("%j is no label", (text) => {
    expect(matchHeaderLabel(text)).toBeNull();
  });
});

describe("finding the header", () => {
  it("finds it below notes and blank rows within the first 30 rows", () => {
    const above = [[TITLE], ["填表说明：金额保留两位小数"], [], [], ["部门名称：广州市白云区工商业联合会", null, null, null, null, null, "单位：万元"]];
    while (above.length < HEADER_SEARCH_ROWS - 1) above.push([]);
    const t = readOne(compactSheet([project("办公场地项目经费", 14)], above));
    expect(t.headerRow).toBe(30);
    expect(t.department).toBe("广州市白云区工商业联合会");
    expect(projectsOf(t).map((p) => p.row)).toEqual([31]);
  });

  it("does not look below row 30 for the first table, and says so naming the sheets", () => {
    const above: (string | null)[][] = [[TITLE]];
    while (above.length < HEADER_SEARCH_ROWS) above.push([]);
    const model = readWorkbook({ sheets: [compactSheet([project("办公场地项目经费", 14)], above, "表一"), { name: "说明", rows: [["无"]] }] });
    expect(model.tables).toEqual([]);
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0].code).toBe("no-table");
    expect(model.problems[0].message).toContain("“表一”");
    expect(model.problems[0].message).toContain("“说明”");
  });

  it("reads header text with line breaks and spaces inside, and full-width brackets", () => {
    const header = ["项目名称\n（资金使用单位）", "总 计", "财政\n拨款", "财政专户\n拨款", "其他\n资金", "年度绩效\n目标", "绩效指标"];
    const t = readOne({ name: "S", rows: [[TITLE], header, project("办公场地项目经费", 14)] });
    expect(t.columns).toEqual({ name: 0, total: 1, fiscal: 2, special: 3, other: 4, goal: 5, indicators: 6 });
    expect(t.missingColumns).toEqual([]);
  });

  it("lists the standard columns a compact header lacks", () => {
    const t = readOne({ name: "S", rows: [["项目名称", "总计", "财政拨款", "绩效目标", "绩效指标"], ["工作经费", 12, 12, GOAL, IND1]] });
    expect(t.layout).toBe("compact");
    expect(t.missingColumns).toEqual(["special", "other"]);
    expect(projectsOf(t)[0].amounts?.special).toEqual({ kind: "empty" });
  });

  it("maps addresses through a used range that does not start at A1", () => {
    const sheet = compactSheet([project("办公场地项目经费", 14)]);
    const t = readOne({ ...sheet, originRow: 4, originCol: 2 });
    expect(t.headerRow).toBe(7);
    expect(t.headerCells.name).toBe("C7");
    expect(projectsOf(t)[0].nameCell).toBe("C8");
    expect(projectsOf(t)[0].indicators[0].cell).toBe("I8");
  });

  it("reads a two-row header with group labels merged above their columns", () => {
    const rows = [
      [TITLE],
      ["项目名称", "总计", "资金来源", null, null, "绩效目标", "绩效指标", null, null, null],
      [null, null, "财政拨款", "财政专户拨款", "其他资金", null, "一级指标", "二级指标", "三级指标", "年度指标值"],
      ["工作经费", 12, 12, null, null, GOAL, "产出指标", "数量指标", "因公出国（境）次数", "大于等于1批次"],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 1, left: 6, bottom: 1, right: 9 },
    ];
    const t = readOne({ name: "S", rows, merges });
    expect(t.layout).toBe("expanded");
    expect(t.columns).toEqual({ name: 0, total: 1, fiscal: 2, special: 3, other: 4, goal: 5, level1: 6, level2: 7, level3: 8, annualValue: 9 });
    expect(t.headerCells.fiscal).toBe("C3");
    expect(t.headerCells.name).toBe("A2");
    expect(t.missingColumns).toEqual([]);
    expect(projectsOf(t)[0].indicators[0].name?.text).toBe("因公出国（境）次数");
  });
});

describe("what sits above the header", () => {
  it("takes the budget year from the title and the department from 单位名称", () => {
    const t = readOne(compactSheet([project("工作经费", 12)], [["2025年项目支出绩效目标表"], ["单位名称：广州市工商业联合会"], ["金额单位：元"]]));
    expect(t.budgetYear).toBe(2025);
    expect(t.department).toBe("广州市工商业联合会");
    expect(t.moneyUnit).toBe("元");
  });

  it("reads a unit written in the header (总计（元）)", () => {
    const header = COMPACT_HEADER.slice();
    header[1] = "总计（元）";
    const t = readOne({ name: "S", rows: [header, project("工作经费", 120000)] });
    expect(t.moneyUnit).toBe("元");
    expect(t.moneyUnitAssumed).toBeUndefined();
  });

  it("assumes 万元 when amounts have no stated unit, and says it assumed", () => {
    const t = readOne(compactSheet([project("工作经费", 12)], [[TITLE]]));
    expect(t.moneyUnit).toBe("万元");
    expect(t.moneyUnitAssumed).toBe(true);
  });
});
