/**
 * Chinese strings, the pane's first language. Every key here must exist in en.ts too (en.ts is
 * typed against this file) and test/ui/i18n.test.tsx fails when a string is empty or a key used
 * in src/ui is missing. Placeholders are written {name} and filled by format().
 */
export const zhCN = {
  "app.title": "绩效目标表检查",
  "app.language": "English",
  "app.languageLabel": "切换到英文",
  "app.demo": "演示模式：未连接 Excel，使用示例工作簿。在 Excel 中打开本加载项即可检查您自己的表格。",

  "tabs.label": "标签页",
  "tabs.check": "检查",
  "tabs.insert": "插入指标",
  "tabs.review": "已说明",
  "tabs.insertSoon": "插入指标功能即将提供。",
  "tabs.reviewSoon": "已说明与审核意见表功能即将提供。",

  "toolbar.label": "检查操作",
  "toolbar.check": "检查",
  "toolbar.recheck": "重新检查",
  "toolbar.checkHint": "读取当前工作簿并检查所有绩效目标表",
  "toolbar.mark": "标记单元格",
  "toolbar.markHint": "在 Excel 中为有问题的单元格加上颜色标记（不改动原有格式）",
  "toolbar.clear": "清除标记",
  "toolbar.clearHint": "移除本加载项添加的全部标记",
  "toolbar.live": "实时检查",
  "toolbar.liveHint": "修改表格后自动重新检查",

  "progress.running": "正在检查…",
  "progress.live": "检测到修改，正在重新检查…",

  "summary.label": "检查结果摘要",
  "summary.errors": "错误",
  "summary.warnings": "警告",
  "summary.infos": "提示",
  "summary.total": "共 {count} 条问题",
  "summary.clean": "未发现问题，表格通过全部检查。",
  "summary.table": "{sheet}：{projects} 个项目，{agencies} 个单位，{indicators} 条指标",
  "summary.marked": "已在 Excel 中标记 {count} 个单元格。",
  "summary.cleared": "已清除标记。",
  "summary.timings": "读取 {read} 毫秒 · 解析 {parse} 毫秒 · 检查 {check} 毫秒",

  "filters.label": "筛选问题",
  "filters.severity": "按严重程度筛选",
  "filters.rule": "按规则筛选",
  "filters.allRules": "全部规则",
  "filters.search": "搜索项目、单位、问题…",
  "filters.searchLabel": "搜索问题",
  "filters.shown": "显示 {shown} / {total} 条",
  "filters.reset": "清除筛选",

  "findings.label": "问题列表",
  "findings.noAgency": "（未归属单位）",
  "findings.noProject": "（表级问题）",
  "findings.groupCount": "{count} 条",
  "findings.goTo": "单击定位到 {cell} 并查看详情",
  "findings.severity": "{severity}：",

  "details.expected": "应为",
  "details.actual": "实际",
  "details.difference": "差额",
  "details.parts": "参与合计的行",
  "details.partGoTo": "定位到 {cell}（{name}）",
  "details.fix": "建议修改：{description}",
  "details.rule": "规则：{title}",

  "rule.what": "检查内容",
  "rule.why": "为何重要",
  "rule.bad": "错误示例",
  "rule.good": "正确示例",

  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",

  "state.start": "点击“检查”读取当前工作簿，检查项目支出绩效目标表中的金额、绩效目标和绩效指标。",
  "state.noTable":
    "未找到绩效目标表：请确认表头含“项目名称”“绩效目标”“绩效指标”（或“总计”“财政拨款”等金额列），然后点击“重新检查”。",
  "state.noMatch": "没有符合筛选条件的问题。",
  "state.errorTitle": "操作未完成",
  "state.checkFailed": "检查时出错：{message}。请重试；若问题持续，请关闭并重新打开加载项。",
  "state.actionFailed": "操作失败：{message}",
  "state.dismiss": "关闭提示",
} as const;

export type StringKey = keyof typeof zhCN;
