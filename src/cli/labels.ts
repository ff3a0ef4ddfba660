/** Chinese labels the CLI prints. */
import type { Severity } from "../domain/finding";
import type { Layout } from "../domain/model";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const LAYOUT_LABEL: Record<Layout, string> = {
  compact: "紧凑布局（指标写在一个单元格内）",
  agency: "主管部门/预算单位布局（无金额）",
  expanded: "展开布局（每行一个指标）",
  form: "申报表（每个工作表一个项目）",
};

export const CATEGORY_LABEL: Record<string, string> = {
  structure: "表格结构",
  money: "金额",
  project: "项目",
  indicator: "绩效指标",
};
