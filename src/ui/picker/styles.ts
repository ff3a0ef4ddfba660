/** Styles shared by the 插入指标 tab's parts: a narrow pane (~320–350 px), so everything wraps. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePickerStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: "0",
    // A native select is as wide as its longest option (a project name, a copied indicator):
    // in a 320–350 px pane it must shrink to the column instead, and fields with it.
    "& .fui-Field": { minWidth: "0" },
    "& .fui-Select, & select, & .fui-Input": { minWidth: "0", width: "100%", maxWidth: "100%" },
    "& select": { textOverflow: "ellipsis" },
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: "0", border: "none", margin: "0", padding: "0" },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: "0", marginBottom: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  // share the row evenly whatever the content (flex-basis 0), but never below a usable width
  grow: { flexGrow: 1, flexBasis: "0", minWidth: "96px" },
  narrow: { width: "88px", flexShrink: 0 },
  full: { width: "100%", minWidth: "0" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3, whiteSpace: "normal", overflowWrap: "anywhere" },
  preview: {
    margin: "0",
    padding: tokens.spacingVerticalS,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "220px",
    overflowY: "auto",
  },
  added: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
});
