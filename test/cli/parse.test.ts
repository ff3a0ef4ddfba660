/** `jixiao parse`: the model of each fixture as JSON, exact counts, and unreadable files beside readable ones. */
import { ensureBuilt, fx, runCli } from "./run-cli";

interface ParsedRow {
  kind: string;
  name: string;
  agency: string | null;
  row: number;
  amounts: Record<"total" | "fiscal" | "special" | "other", number | null> | null;
  goal: string | null;
  indicators: { seq: number | null; level1: string | null; level2: string | null; name: string | null; periodValue: string | null; annualValue: string | null; cell: string }[];
}
interface ParsedTable {
  sheet: string;
  layout: string;
  moneyUnit: string | null;
  rows: ParsedRow[];
}
interface ParseOutput {
  version: number;
  files: { file: string; tables: ParsedTable[]; error?: string }[];
}

beforeAll(() => ensureBuilt(), 120_000);

const counts = (t: ParsedTable) => {
  const projects = t.rows.filter((r) => r.kind === "project");
  return {
    agencies: t.rows.filter((r) => r.kind === "agency").map((r) => r.name),
    projects: projects.length,
    indicators: projects.reduce((n, r) => n + r.indicators.length, 0),
  };
};

async function parse(...files: string[]): Promise<{ code: number; out: ParseOutput; stderr: string }> {
  const r = await runCli(["parse", ...files]);
  return { code: r.code, out: JSON.parse(r.stdout) as ParseOutput, stderr: r.stderr };
}

describe("jixiao parse on the seeds", () => {
  it("prints the three seed tables with exact counts", async () => {
    const { code, out, stderr } = await parse(fx("seed-000-agency.xlsx"), fx("seed-001-compact.xlsx"), fx("seed-002-compact.xlsx"));
    expect([code, stderr]).toEqual([0, ""]);
    expect(out.version).toBe(1);
    const [t0, t1, t2] = out.files.map((f) => f.tables[0]);
    expect([t0.layout, t0.moneyUnit, counts(t0)]).toEqual(["agency", null, { agencies: [], projects: 13, indicators: 31 }]);
    expect([t1.layout, t1.moneyUnit, counts(t1)]).toEqual(["compact", "万元", { agencies: ["广州市白云区工商业联合会"], projects: 9, indicators: 40 }]);
    expect(counts(t2)).toEqual({ agencies: ["广州市工商业联合会", "广州市民营企业投诉中心"], projects: 17, indicators: 54 });
    expect(t1.rows[0]).toMatchObject({ kind: "total", name: "合计", row: 4, amounts: { total: 49, fiscal: 49, special: null, other: null } });
    expect(t2.rows.filter((r) => r.kind === "project" && r.agency === "广州市民营企业投诉中心").map((r) => r.name)).toEqual([
      "业务用房服务管理费",
      "商事纠纷调解专项工作经费",
      "对外服务大厅营运经费",
      "法律顾问服务",
    ]);
  });

  it("prints rows and indicators in the documented shape", async () => {
    const { out } = await parse(fx("seed-002-compact.xlsx"));
    const t = out.files[0].tables[0];
    expect(Object.keys(t)).toEqual(["sheet", "layout", "moneyUnit", "rows"]);
    const p = t.rows.find((r) => r.name === "业务用房服务管理费")!;
    expect(Object.keys(p)).toEqual(["kind", "name", "agency", "row", "amounts", "goal", "indicators"]);
    expect(p.amounts).toEqual({ total: 15, fiscal: 15, special: null, other: null });
    expect(p.indicators[2]).toEqual({
      seq: 3,
      level1: "产出指标",
      level2: "数量指标",
      name: "服务面积",
      periodValue: "846.13平方米",
      annualValue: "846.13平方米",
      cell: `G${p.row}`,
    });
    const agency = t.rows.find((r) => r.name === "广州市工商业联合会")!;
    expect([agency.kind, agency.amounts?.total, agency.goal, agency.indicators]).toEqual(["agency", 563.39, null, []]);
  });

  it("reads the expanded layout with the same counts, indicators in the 三级指标 column", async () => {
    const { code, out } = await parse(fx("seed-002-expanded.xlsx"));
    expect(code).toBe(0);
    const t = out.files[0].tables[0];
    expect(t.layout).toBe("expanded");
    expect(counts(t)).toEqual({ agencies: ["广州市工商业联合会", "广州市民营企业投诉中心"], projects: 17, indicators: 54 });
    const p = t.rows.find((r) => r.name === "工作经费")!;
    expect(p.indicators.map((i) => [i.seq, i.level1, i.cell])).toEqual([
      [1, "产出指标", `I${p.row}`],
      [2, "效益指标", `I${p.row + 1}`],
      [3, "成本指标", `I${p.row + 2}`],
    ]);
  });
});

describe("jixiao parse on messy workbooks", () => {
  it("reads them all with the seeds' counts", async () => {
    const files = ["seed-002-formatted", "messy-layout", "messy-text-amounts", "money-in-yuan", "two-sheets", "two-tables-one-sheet"];
    const { code, out } = await parse(...files.map((f) => fx(`${f}.xlsx`)));
    expect(code).toBe(0);
    const summary = out.files.map((f) => f.tables.map((t) => [t.sheet, t.moneyUnit, counts(t).projects, counts(t).indicators]));
    expect(summary).toEqual([
      [["项目支出绩效目标表", "万元", 17, 54]],
      [["项目支出绩效目标表", "万元", 9, 40]],
      [["项目支出绩效目标表", "元", 17, 54]],
      [["项目支出绩效目标表", "元", 17, 54]],
      [
        ["白云区工商联", "万元", 9, 40],
        ["市工商联", "万元", 17, 54],
      ],
      [
        ["两张表", "万元", 9, 40],
        ["两张表", "万元", 17, 54],
      ],
    ]);
  });

  it("joins names broken over lines, trims their spaces, and reads the formula's result", async () => {
    const { out } = await parse(fx("messy-layout.xlsx"), fx("seed-002-formatted.xlsx"));
    const names = out.files[0].tables[0].rows.filter((r) => r.kind === "project").map((r) => r.name);
    expect(names).toContain("对民营企业进行教育服务管理经费");
    expect(names).toContain("基层商会培训指导管理经费");
    const total = out.files[1].tables[0].rows[0];
    expect([total.kind, total.amounts?.total]).toEqual(["total", 642.39]);
  });

  it("reads text amounts with commas and full-width digits as numbers in 元", async () => {
    const { out } = await parse(fx("messy-text-amounts.xlsx"), fx("money-in-yuan.xlsx"));
    for (const f of out.files) {
      const rows = f.tables[0].rows;
      expect(rows.find((r) => r.kind === "total")?.amounts?.total).toBe(6423900);
      expect(rows.find((r) => r.name === "广州市工商业联合会")?.amounts?.total).toBe(5633900);
      expect(rows.find((r) => r.name === "购置经费")?.amounts).toEqual({ total: 360400, fiscal: 360400, special: null, other: null });
    }
  });
});

describe("jixiao parse with unreadable files", () => {
  it("says in Chinese which file could not be read, still prints the others, and exits 2", async () => {
    const { code, out, stderr } = await parse(fx("corrupt.xlsx"), fx("seed-001-compact.xlsx"), fx("encrypted.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain("test/fixtures/corrupt.xlsx");
    expect(stderr).toContain("已损坏");
    expect(stderr).toContain("已加密");
    expect(out.files.map((f) => [f.file, f.tables.length, Boolean(f.error)])).toEqual([
      [fx("corrupt.xlsx"), 0, true],
      [fx("seed-001-compact.xlsx"), 1, false],
      [fx("encrypted.xlsx"), 0, true],
    ]);
  });
});
