/**
 * 插入指标's form against the in-memory host: 一级/二级 in the table's scheme (seed 001 traditional,
 * 002 财预〔2021〕101号, 000 undetermined and without 实施周期指标值), the selected cell's project,
 * 从本表复制.
 */
import { screen, waitFor } from "@testing-library/react";
import { seedGrid } from "./support/pane";
import { PROJECT, openPicker, picker, selectByLabel } from "./support/picker";

jest.setTimeout(60_000);

describe("categories follow the table's scheme", () => {
  const options = (label: string) =>
    Array.from((picker().getByLabelText(label) as HTMLSelectElement).options)
      .filter((o) => !o.disabled)
      .map((o) => o.textContent);

  test("财预〔2021〕101号 (seed 002): 成本 is 一级 4 with 41/42/43, not 14 under 产出", async () => {
    const { user } = await openPicker("seed-002");
    await selectByLabel(user, "项目", PROJECT);
    expect(options("一级指标")).toEqual(["1 产出指标", "2 效益指标", "3 满意度指标", "4 成本指标"]);
    await selectByLabel(user, "一级指标", "1 产出指标");
    expect(options("二级指标")).toEqual(["11 数量指标", "12 质量指标", "13 时效指标"]);
    await selectByLabel(user, "一级指标", "4 成本指标");
    expect(options("二级指标")).toEqual(["41 经济成本指标", "42 社会成本指标", "43 生态环境成本指标"]);
  });

  test("traditional (seed 001): 成本 is 14 under 产出 and there is no 一级 4", async () => {
    const { user } = await openPicker("seed-001");
    await selectByLabel(user, "项目", "扶贫工作经费");
    expect(options("一级指标")).toEqual(["1 产出指标", "2 效益指标", "3 满意度指标"]);
    await selectByLabel(user, "一级指标", "1 产出指标");
    expect(options("二级指标")).toEqual(["11 数量指标", "12 质量指标", "13 时效指标", "14 成本指标"]);
    // choosing 满意度 fills its only 二级
    await selectByLabel(user, "一级指标", "3 满意度指标");
    expect((picker().getByLabelText("二级指标") as HTMLSelectElement).value).toBe("31");
  });

  test("seed 000 writes no 实施周期指标值 and no scheme: the period fields hide, the scheme is asked", async () => {
    const { user } = await openPicker("seed-000");
    await selectByLabel(user, "项目", "招商交流推介往来活动经费");
    expect(screen.queryByTestId("picker-period")).toBeNull();
    expect(screen.getByTestId("picker-annual")).toBeTruthy();
    expect(picker().getByLabelText("指标体系口径")).toBeTruthy();
  });
});

describe("choosing the project and a starting point", () => {
  test("the selected cell's project becomes the target; a cell outside every project says so", async () => {
    const sheetName = seedGrid("seed-002").sheets[0].name;
    const { host, user } = await openPicker("seed-002");
    host.workbook.selection = { sheet: sheetName, cell: "C9" };
    await user.click(picker().getByRole("button", { name: "使用所选单元格的项目" }));
    await waitFor(() => expect(screen.getByTestId("picker-target-info").textContent).toContain("第 9 行"));
    const select = picker().getByLabelText("项目") as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe(PROJECT);
    host.workbook.selection = { sheet: sheetName, cell: "A2" };
    await user.click(picker().getByRole("button", { name: "使用所选单元格的项目" }));
    expect(await picker().findByText(/所选单元格不在任何项目中/)).toBeTruthy();
  });

  test("从本表复制 starts the form from another project's indicator", async () => {
    const { user } = await openPicker("seed-002");
    await selectByLabel(user, "项目", PROJECT);
    const copy = picker().getByLabelText("从本表复制") as HTMLSelectElement;
    const option = Array.from(copy.options).find((o) => o.textContent?.startsWith("保障办公正常运转"))!;
    await user.selectOptions(copy, option);
    expect((picker().getByRole("combobox", { name: "三级指标名称" }) as HTMLInputElement).value).toBe("保障办公正常运转");
    expect((picker().getByLabelText("一级指标") as HTMLSelectElement).value).toBe("2");
    expect((picker().getByLabelText("二级指标") as HTMLSelectElement).value).toBe("22");
    expect(screen.getByTestId("picker-preview").textContent).toContain("保障办公正常运转；实施周期指标值:办公设备使用正常");
  });
});
