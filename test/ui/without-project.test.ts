/** Under a project's own header a finding's line drops the project's name and still reads as a sentence. */
import { withoutProject } from "../../src/ui/FindingItem";

describe("withoutProject", () => {
  it("drops 项目“…”的 from a Chinese message", () => {
    expect(withoutProject("项目“扶贫工作经费”的绩效目标为空。", "扶贫工作经费")).toBe("绩效目标为空。");
  });

  it("drops the English prefix and starts the rest with a capital", () => {
    expect(withoutProject('Project "Poverty relief": its outputs are all quantities (3).', "Poverty relief")).toBe("Its outputs are all quantities (3).");
  });

  it("keeps a message about another project, or one that would be empty, whole", () => {
    expect(withoutProject('Project "A": no goal.', "B")).toBe('Project "A": no goal.');
    expect(withoutProject("项目“A”", "A")).toBe("项目“A”");
  });
});
