/** no-table is the engine's: checkWorkbook reports it from the reader's problems, in the language asked. */
import { checkWorkbook } from "../../../src/domain/check";

const problems = [{ code: "no-table" as const, sheet: "说明", cell: "A1", message: "工作表“说明”的前30行中没有找到绩效目标表的表头。" }];

test("the reader's no-table problem becomes a no-table finding, its sentence as the message", () => {
  const [f] = checkWorkbook({ tables: [], problems }).findings;
  expect(f).toMatchObject({ rule: "no-table", messageId: "noTable", severity: "error", sheet: "说明", cell: "A1", data: { problem: problems[0].message } });
  expect(f.message).toBe(problems[0].message);
});

test("rendered in English when the pane asks for English", () => {
  const [f] = checkWorkbook({ tables: [], problems }, undefined, { lang: "en" }).findings;
  expect(f.message).toBe("No 绩效目标表 table was found.");
});

test("off in the config, nothing is said", () => {
  expect(checkWorkbook({ tables: [], problems }, { rules: { "no-table": "off" } }).findings).toEqual([]);
});
