/**
 * The three seed tables as published (assets/samples) read into the model: exact counts, the
 * right agency for every project, and the defects the rules must see kept as they are.
 */
import { agenciesOf, projectsOf, type TableModel } from "../../../src/domain/model";
import { loadSampleModel } from "../../support/fixtures";

const only = (seed: "000" | "001" | "002"): TableModel => {
  const model = loadSampleModel(seed);
  expect(model.problems).toEqual([]);
  expect(model.tables).toHaveLength(1);
  return model.tables[0];
};
const indicatorCount = (t: TableModel) => projectsOf(t).reduce((n, r) => n + r.indicators.length, 0);
const money = (a: { kind: string; value?: { toFixed(d: number): string } } | undefined) =>
  a && a.kind === "number" && a.value ? a.value.toFixed(2) : null;

describe("seed 000 (agency layout, short dialect)", () => {
  const t = only("000");

  it("is read as the agency layout: 13 projects, 31 indicators, no amounts", () => {
    expect(t.layout).toBe("agency");
    expect(projectsOf(t)).toHaveLength(13);
    expect(indicatorCount(t)).toBe(31);
    expect(agenciesOf(t)).toHaveLength(0);
    expect(t.moneyUnit).toBeNull();
    expect(t.rows.every((r) => r.amounts === null)).toBe(true);
    expect(t.missingColumns).toEqual([]);
  });

  it("takes 主管部门 and 预算单位 from their columns", () => {
    const p = projectsOf(t);
    expect(p[0].department).toBe("广州市花都区工商业联合会");
    expect(p[0].agency).toBe("广州市花都区工商业联合会");
    expect(p[7].name).toBe("加强优秀企业、街（镇）党建活动场所经费");
    expect(p[7].agency).toBe("广州市花都区非公有制经济组织服务中心");
    expect(p.filter((r) => r.agency === "广州市花都区非公有制经济组织服务中心")).toHaveLength(6);
  });

  it("keeps the numbering defects and the empty value", () => {
    const street = projectsOf(t).find((r) => r.name === "街（镇）商会配套工作经费")!;
    expect(street.indicators.map((i) => i.seq)).toEqual([1, 1]);
    const centre = projectsOf(t).find((r) => r.name === "花都区民营企业投诉中心运营经费")!;
    expect(centre.indicators.map((i) => i.seq)).toEqual([1, 2, 3, 1]);
    expect(centre.indicators[3].annualValue?.parsed.kind).toBe("empty");
    expect(centre.indicatorCell).toBe("E9");
  });

  it("trims the goal's leading space but keeps its text", () => {
    const p = projectsOf(t).find((r) => r.name === "非公经济协调及组织建设专项经费")!;
    expect(p.goal?.text.startsWith("通过组织民营企业评议机关")).toBe(true);
    expect(p.goal?.cell).toBe("D7");
  });
});

describe("seed 001 (compact, code dialect with `,`)", () => {
  const t = only("001");

  it("has 1 agency, 9 projects and 40 indicators; 合计 49.00", () => {
    expect(t.layout).toBe("compact");
    expect(agenciesOf(t).map((r) => r.name)).toEqual(["广州市白云区工商业联合会"]);
    expect(projectsOf(t)).toHaveLength(9);
    expect(indicatorCount(t)).toBe(40);
    const total = t.rows.find((r) => r.kind === "total")!;
    expect(money(total.amounts?.total)).toBe("49.00");
    expect(total.nameCell).toBe("A4");
    expect(total.amountCells.total).toBe("B4");
  });

  it("reads the title, department and unit above the header", () => {
    expect(t.title).toBe("项目支出绩效目标表（含转移支付项目）");
    expect(t.department).toBe("广州市白云区工商业联合会");
    expect(t.moneyUnit).toBe("万元");
    expect(t.moneyUnitAssumed).toBeUndefined();
    expect(t.headerRow).toBe(3);
    expect(t.headerCells.indicators).toBe("G3");
    expect(t.budgetYear).toBeNull();
  });

  it("cleans the leading spaces off project names and assigns every project to the agency", () => {
    for (const p of projectsOf(t)) {
      expect(p.name).toBe(p.name.trim());
      expect(p.agency).toBe("广州市白云区工商业联合会");
    }
    expect(projectsOf(t)[2].name).toBe("对民营企业进行教育服务管理经费");
    expect(projectsOf(t).map((p) => money(p.amounts?.total))).toEqual([
      "14.00", "0.30", "1.44", "2.00", "1.00", "0.50", "16.80", "12.06", "0.90",
    ]);
  });

  it("keeps the goal copied between two projects", () => {
    const [a, b] = ["政府雇员工资经费", "两新组织党务工作者补贴"].map((n) => projectsOf(t).find((p) => p.name === n)!);
    expect(a.goal?.text).toBe(b.goal?.text);
    expect(a.indicators.map((i) => i.seq)).toEqual([1, 1, 2]);
  });
});

describe("seed 002 (compact, two agencies without formatting)", () => {
  const t = only("002");

  it("has 2 agencies, 17 projects and 54 indicators", () => {
    expect(agenciesOf(t).map((r) => [r.name, money(r.amounts?.total)])).toEqual([
      ["广州市工商业联合会", "563.39"],
      ["广州市民营企业投诉中心", "79.00"],
    ]);
    expect(projectsOf(t)).toHaveLength(17);
    expect(indicatorCount(t)).toBe(54);
    expect(t.department).toBe("广州市工商业联合会");
  });

  it("assigns each project to the agency above it", () => {
    const by = (agency: string) => projectsOf(t).filter((p) => p.agency === agency).map((p) => p.name);
    expect(by("广州市工商业联合会")).toHaveLength(13);
    expect(by("广州市民营企业投诉中心")).toEqual(["业务用房服务管理费", "商事纠纷调解专项工作经费", "对外服务大厅营运经费", "法律顾问服务"]);
    expect(by("广州市工商业联合会")).toContain("TZMMZXJF");
  });

  it("keeps the subtotal that is off by 0.01 for the rules to report", () => {
    const first = agenciesOf(t)[0];
    const sum = projectsOf(t)
      .filter((p) => p.agency === first.name)
      .reduce((s, p) => s + Math.round(Number(money(p.amounts?.total)) * 100), 0);
    expect(sum).toBe(56338);
    expect(money(first.amounts?.total)).toBe("563.39");
    expect(first.goal).toBeNull();
    expect(first.goalCell).toBe("F6");
    expect(first.indicatorText).toBeNull();
  });

  it("reads blank source columns as empty amounts", () => {
    const p = projectsOf(t)[0];
    expect(p.amounts?.special).toEqual({ kind: "empty" });
    expect(p.amounts?.other).toEqual({ kind: "empty" });
    expect(p.amountCells).toEqual({ total: "B7", fiscal: "C7", special: "D7", other: "E7" });
  });
});
