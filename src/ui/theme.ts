/**
 * An Excel-like Fluent theme: Excel's brand green (#107C41 at shade 80) instead of Fluent's blue,
 * so the pane's primary button and focus accents match the ribbon it sits next to.
 */
import { createLightTheme, type BrandVariants, type Theme } from "@fluentui/react-components";

const excelGreen: BrandVariants = {
  10: "#031B0E",
  20: "#052815",
  30: "#07361C",
  40: "#084423",
  50: "#0A522B",
  60: "#0C6032",
  70: "#0E6E39",
  80: "#107C41",
  90: "#1E8A4E",
  100: "#2E9A5D",
  110: "#47A96F",
  120: "#62B884",
  130: "#7EC79A",
  140: "#9DD5B2",
  150: "#BFE4CC",
  160: "#E0F2E7",
};

export const excelTheme: Theme = {
  ...createLightTheme(excelGreen),
  // Office task panes use Segoe UI; the CJK fallbacks keep Chinese crisp on Windows, Mac and Linux.
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif",
};
