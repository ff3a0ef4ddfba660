/** Filtering and searching findings for the list. */
import type { Finding, Severity } from "../../src/domain/finding";
import { ALL_FINDINGS, filterFindings, isFiltering } from "../../src/ui/findings-view";

function finding(over: Partial<Finding> & { cell: string; severity: Severity }): Finding {
  return {
    rule: "total-mismatch",
    sheet: "表1",
    agency: "广州市工商业联合会",
    project: "工作经费",
    indicator: null,
    message: "总计与各资金来源之和不符",
    key: `k-${over.cell}`,
    subject: "",
    ...over,
  };
}

const findings: Finding[] = [
  finding({ cell: "B21", severity: "warning", agency: "广州市民营企业投诉中心", project: "业务用房服务管理费", rule: "vague-value", message: "指标值“持续提升”不可衡量" }),
  finding({ cell: "B7", severity: "info", rule: "unit-missing", message: "指标值缺少计量单位" }),
  finding({ cell: "B6", severity: "error", project: null, rule: "subtotal-mismatch", message: "单位小计与项目之和不符" }),
  finding({ cell: "G7", severity: "error", message: "满意度指标放在社会效益下" }),
];

describe("filterFindings", () => {
  test("no filter keeps everything", () => {
    expect(filterFindings(findings, ALL_FINDINGS)).toHaveLength(4);
    expect(isFiltering(ALL_FINDINGS)).toBe(false);
  });
  test("severity, rule and words narrow the list together", () => {
    const onlyErrors = { ...ALL_FINDINGS, severities: new Set<Severity>(["error"]) };
    expect(filterFindings(findings, onlyErrors).map((f) => f.cell)).toEqual(["B6", "G7"]);
    expect(isFiltering(onlyErrors)).toBe(true);
    const rule = { ...ALL_FINDINGS, rule: "vague-value" };
    expect(filterFindings(findings, rule).map((f) => f.cell)).toEqual(["B21"]);
    const words = { ...ALL_FINDINGS, query: "工作经费  满意度" };
    expect(filterFindings(findings, words).map((f) => f.cell)).toEqual(["G7"]);
  });
  test("search looks at agency, cell address and the rule's titles", () => {
    expect(filterFindings(findings, { ...ALL_FINDINGS, query: "投诉中心" }).map((f) => f.cell)).toEqual(["B21"]);
    expect(filterFindings(findings, { ...ALL_FINDINGS, query: "b6" }).map((f) => f.cell)).toEqual(["B6"]);
    const titles = (id: string) => (id === "unit-missing" ? ["缺少单位", "Unit missing"] : []);
    expect(filterFindings(findings, { ...ALL_FINDINGS, query: "unit MISSING" }, titles).map((f) => f.cell)).toEqual(["B7"]);
  });
});
