/** What the demo workbook holds (which host the pane starts with: startup.test.ts). */
import { demoSheetName, demoWorkbook } from "../../src/taskpane/demo-workbook";
import { MemoryHost } from "../../src/host/memory-host";
import { SEEDS } from "./support/workbooks";

describe("the demo workbook", () => {
  test("two seed tables, each sheet named after its department", () => {
    const wb = demoWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual(["广州市白云区工商业联合会", "广州市工商业联合会"]);
    expect(wb.sheets[0].rows).toEqual(SEEDS[1].rows);
    expect(wb.sheets[1].rows).toEqual(SEEDS[2].rows);
  });

  test("names are legal sheet names, unique, with a fallback", () => {
    const odd = { name: "x", rows: [["部门名称：财政局/预算科[一]：测试（部门）"]] };
    expect(demoSheetName(odd, 0)).toBe("财政局预算科一测试");
    expect(demoSheetName({ name: "x", rows: [["无部门"]] }, 1)).toBe("示例2");
    const twice = demoWorkbook([SEEDS[1], SEEDS[1]]);
    expect(new Set(twice.sheets.map((s) => s.name)).size).toBe(2);
    expect(twice.sheets.every((s) => s.name.length <= 31)).toBe(true);
  });

  test("the demo host reads the demo workbook back as the seeds", async () => {
    const grid = await new MemoryHost(demoWorkbook()).readWorkbook();
    expect(grid.sheets[1].rows[4].slice(0, 3)).toEqual(["合计", 642.39, 642.39]);
  });
});
