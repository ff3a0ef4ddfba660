/** Chinese and English names of the standard columns, for messages. */
import type { AmountField, ColumnKey } from "../../model";

export const COLUMN_NAMES: Record<ColumnKey, { zh: string; en: string }> = {
  name: { zh: "项目名称", en: "project name" },
  total: { zh: "总计", en: "total" },
  fiscal: { zh: "财政拨款", en: "fiscal appropriation" },
  special: { zh: "财政专户拨款", en: "special-account appropriation" },
  other: { zh: "其他资金", en: "other funds" },
  goal: { zh: "绩效目标", en: "performance goal" },
  indicators: { zh: "绩效指标", en: "performance indicators" },
  department: { zh: "主管部门", en: "supervising department" },
  agency: { zh: "预算单位", en: "budget unit" },
  level1: { zh: "一级指标", en: "first-level indicator" },
  level2: { zh: "二级指标", en: "second-level indicator" },
  level3: { zh: "三级指标", en: "third-level indicator" },
  periodValue: { zh: "实施周期指标值", en: "implementation-period value" },
  annualValue: { zh: "年度指标值", en: "annual value" },
  nature: { zh: "指标性质", en: "indicator nature" },
  measureUnit: { zh: "计量单位", en: "unit of measure" },
  direction: { zh: "指标方向", en: "indicator direction" },
};

export const AMOUNT_FIELDS: readonly AmountField[] = ["total", "fiscal", "special", "other"];
