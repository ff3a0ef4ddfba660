/** 实施周期指标值 is judged per project: its own items, or its years, not the rest of the table. */
import { runRule } from "../../support/run-rule";
import { compactSheet, project, readOne } from "./helpers";

const BOTH = "1、产出指标：培训人数，实施周期指标值：≥100人，年度指标值：≥50人。2、效益指标：政策知晓率，实施周期指标值：，年度指标值：≥90%。";
const ANNUAL_ONLY = "1、产出指标：培训人数，年度指标值：≥50人。2、效益指标：政策知晓率，年度指标值：≥90%。";

describe("实施周期指标值 per project", () => {
  const table = readOne(
    compactSheet([
      project("培训经费", 10, undefined, BOTH),
      project("宣传经费", 5, undefined, ANNUAL_ONLY),
      project("2025-2026年信息化运维经费", 8, undefined, ANNUAL_ONLY),
    ]),
  );
  const missing = runRule("value-missing", table).filter((f) => f.message.includes("实施周期指标值"));

  it("flags a blank period value where the project's own items use both", () => {
    expect(missing.filter((f) => f.project === "培训经费").map((f) => f.indicator?.name)).toEqual(["政策知晓率"]);
  });

  it("does not flag a project written with annual values only, though another project has period values", () => {
    expect(missing.filter((f) => f.project === "宣传经费")).toEqual([]);
  });

  it("flags a project whose name spans several years", () => {
    expect(table.rows.find((r) => r.name.startsWith("2025-2026"))?.multiYear).toBe(true);
    expect(missing.filter((f) => f.project === "2025-2026年信息化运维经费").map((f) => f.indicator?.name)).toEqual(["培训人数", "政策知晓率"]);
  });
});
