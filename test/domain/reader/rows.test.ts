/**
 * Row kinds: 合计, agencies (资金使用单位 subtotals) and projects, and the rows that are none of them.
 * Names and amounts follow the seeds; each case is one a real table has.
 */
import { projectsOf } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/reader";
import { COMPACT_HEADER, GOAL, IND1, IND2, TITLE, compactSheet, names, project, readOne } from "./helpers";

const agencyRow = (name: string, total: number | null) => [name, total, total, null, null, null, null];

describe("agencies and projects", () => {
  it("does not turn a project that lacks its goal and indicators into an agency", () => {
    const t = readOne(compactSheet([["合计", 30, 30], project("办公场地项目经费", 10, null, null), project("扶贫工作经费", 20)]));
    expect(names(t)).toEqual({ agencies: [], projects: ["办公场地项目经费", "扶贫工作经费"] });
  });

  it("confirms an agency whose subtotal is off by 0.01, even without an organisation name", () => {
    const t = readOne(compactSheet([["合计", 30.01, 30.01], agencyRow("机关本级", 30.01), project("工作经费", 12), project("购置经费", 18)]));
    expect(names(t).agencies).toEqual(["机关本级"]);
    expect(projectsOf(t).map((p) => p.agency)).toEqual(["机关本级", "机关本级"]);
  });

  it("confirms an agency by its organisation-like name when its subtotal is wrong", () => {
    const t = readOne(compactSheet([agencyRow("广州市民营企业投诉中心", 100), project("业务用房服务管理费", 15), project("法律顾问服务", 4)]));
    expect(names(t).agencies).toEqual(["广州市民营企业投诉中心"]);
  });

  it("confirms an agency by indentation: Excel indent on the projects below it", () => {
    const sheet = compactSheet([agencyRow("本级", null), project("工作经费", 12), project("购置经费", 36.04)]);
    sheet.formats = [];
    sheet.formats[4] = [{ indent: 1 }];
    sheet.formats[5] = [{ indent: 1 }];
    const t = readOne(sheet);
    expect(names(t).agencies).toEqual(["本级"]);
  });

  it("confirms an agency by bold when the projects are not bold", () => {
    const sheet = compactSheet([agencyRow("本级", null), project("工作经费", 12), project("购置经费", 36.04)]);
    sheet.formats = [];
    sheet.formats[3] = [{ bold: true }];
    expect(names(readOne(sheet)).agencies).toEqual(["本级"]);
  });

  it("finds an agency whose projects include one without a goal (second pass over the roll-up)", () => {
    const t = readOne(
      compactSheet([agencyRow("机关本级", 60), project("工作经费", 10), project("换届经费", 20, null, null), project("购置经费", 30)]),
    );
    expect(names(t)).toEqual({ agencies: ["机关本级"], projects: ["工作经费", "换届经费", "购置经费"] });
  });

  it("gives projects before any agency no agency, and none after a 合计 at the bottom", () => {
    const t = readOne(compactSheet([project("工作经费", 12), project("购置经费", 18), ["总计", 30, 30]]));
    expect(projectsOf(t).map((p) => p.agency)).toEqual([null, null]);
    expect(t.rows.map((r) => r.kind)).toEqual(["project", "project", "total"]);
  });

  it("takes the agency from a 预算单位 column when the table has one", () => {
    const header = ["预算单位", ...COMPACT_HEADER];
    const t = readOne({ name: "S", rows: [header, ["广州市工商业联合会", ...project("工作经费", 12)], ["广州市民营企业投诉中心", ...project("法律顾问服务", 4)]] });
    expect(t.layout).toBe("compact");
    expect(projectsOf(t).map((p) => p.agency)).toEqual(["广州市工商业联合会", "广州市民营企业投诉中心"]);
  });
});

describe("rows that are not projects", () => {
  it("skips blank rows, page-break header repeats, column numbers, notes and page numbers", () => {
    const t = readOne(
      compactSheet([
        [1, 2, 3, 4, 5, 6, 7],
        ["合计", 49, 49],
        ["广州市白云区工商业联合会", 49, 49],
        project("    办公场地项目经费", 14, GOAL, IND2),
        [],
        [null, null, null, null, null, null, null],
        COMPACT_HEADER.slice(),
        project("    政府雇员工资经费", 35, GOAL, IND1),
        ["第 1 页"],
        ["注：本表金额单位为万元。"],
        ["填报人：张三", null, null, "联系电话：020-12345678"],
      ]),
    );
    expect(names(t)).toEqual({ agencies: ["广州市白云区工商业联合会"], projects: ["办公场地项目经费", "政府雇员工资经费"] });
    expect(projectsOf(t).map((p) => p.agency)).toEqual(["广州市白云区工商业联合会", "广州市白云区工商业联合会"]);
    expect(projectsOf(t).map((p) => p.indicators.length)).toEqual([2, 1]);
  });

  it("keeps a repeated header with a （续） title in the same table", () => {
    const t = readOne(
      compactSheet([["合计", 26, 26], ["机关本级", 26, 26], project("工作经费", 12), [TITLE + "（续）"], COMPACT_HEADER.slice(), project("购置经费", 14)]),
    );
    expect(names(t)).toEqual({ agencies: ["机关本级"], projects: ["工作经费", "购置经费"] });
  });

  it("reads a second table (its own title and header) below the first on one sheet", () => {
    const rows = [
      [TITLE],
      ["部门名称：广州市白云区工商业联合会", null, null, null, null, null, "单位：万元"],
      COMPACT_HEADER,
      project("工作经费", 12),
      [],
      ["2025年项目支出绩效目标表"],
      ["部门名称：广州市工商业联合会"],
      ["单位：元"],
      COMPACT_HEADER,
      project("购置经费", 360400),
      project("法律顾问服务", 40000),
    ];
    const model = readWorkbook({ sheets: [{ name: "两张表", rows }] });
    expect(model.tables.map((t) => [t.department, t.moneyUnit, t.budgetYear, t.headerRow, projectsOf(t).length])).toEqual([
      ["广州市白云区工商业联合会", "万元", null, 3, 1],
      ["广州市工商业联合会", "元", 2025, 9, 2],
    ]);
  });

  it("keeps a row without a name but with money as a project, so the rules can ask for its name", () => {
    const t = readOne(compactSheet([project("工作经费", 12), ["", 5, 5, null, null, GOAL, IND1]]));
    expect(projectsOf(t).map((p) => [p.name, p.nameCell])).toEqual([
      ["工作经费", "A4"],
      ["", "A5"],
    ]);
  });
});

describe("amounts", () => {
  it("reads text amounts with thousands separators, full-width digits and dashes, and keeps invalid text", () => {
    const t = readOne(
      compactSheet(
        [
          ["工作经费", "1,234.50", "１,２３４.５０", "-", "—", GOAL, IND1],
          ["购置经费", "36.04万元", 36.04, "", "－", GOAL, IND1],
          ["法律顾问服务", "四万元", "#REF!", null, null, GOAL, IND1],
        ],
        [["单位：元"]],
      ),
    );
    const a = projectsOf(t).map((p) => p.amounts!);
    expect(a[0].total.kind).toBe("number");
    expect(a[0].total.kind === "number" && a[0].total.value.toFixed(2)).toBe("1234.50");
    expect(a[0].fiscal.kind === "number" && a[0].fiscal.value.toFixed(2)).toBe("1234.50");
    expect([a[0].special, a[0].other]).toEqual([{ kind: "empty" }, { kind: "empty" }]);
    expect(a[1].total.kind === "number" && a[1].total.value.toFixed(2)).toBe("36.04");
    expect(a[2].total).toEqual({ kind: "invalid", text: "四万元" });
    expect(a[2].fiscal).toEqual({ kind: "invalid", text: "#REF!" });
  });
});
