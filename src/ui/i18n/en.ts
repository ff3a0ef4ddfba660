/** English strings. `satisfies` makes the compiler reject a missing or an extra key. */
import type { StringKey } from "./zh-CN";

export const en = {
  "app.title": "Performance target check",
  "app.language": "中文",
  "app.languageLabel": "Switch to Chinese",
  "app.demo": "Demo mode: not connected to Excel, using a sample workbook. Open this add-in in Excel to check your own tables.",

  "tabs.label": "Tabs",
  "tabs.check": "Check",
  "tabs.insert": "Insert indicator",
  "tabs.review": "Explained",
  "tabs.insertSoon": "The indicator picker is coming.",
  "tabs.reviewSoon": "Explained findings and the review sheet are coming.",

  "toolbar.label": "Check actions",
  "toolbar.check": "Check",
  "toolbar.recheck": "Check again",
  "toolbar.checkHint": "Read the workbook and check every performance target table",
  "toolbar.mark": "Mark cells",
  "toolbar.markHint": "Colour the cells with findings in Excel (your formats stay untouched)",
  "toolbar.clear": "Clear marks",
  "toolbar.clearHint": "Remove every mark this add-in made",
  "toolbar.live": "Live check",
  "toolbar.liveHint": "Check again automatically after you edit a table",

  "progress.running": "Checking…",
  "progress.live": "Change detected, checking again…",

  "summary.label": "Check summary",
  "summary.errors": "Errors",
  "summary.warnings": "Warnings",
  "summary.infos": "Infos",
  "summary.total": "{count} findings",
  "summary.clean": "No findings: the tables pass every check.",
  "summary.table": "{sheet}: {projects} projects, {agencies} agencies, {indicators} indicators",
  "summary.marked": "Marked {count} cells in Excel.",
  "summary.cleared": "Marks cleared.",
  "summary.timings": "read {read} ms · parse {parse} ms · check {check} ms",

  "filters.label": "Filter findings",
  "filters.severity": "Filter by severity",
  "filters.rule": "Filter by rule",
  "filters.allRules": "All rules",
  "filters.search": "Search projects, agencies, findings…",
  "filters.searchLabel": "Search findings",
  "filters.shown": "Showing {shown} of {total}",
  "filters.reset": "Clear filters",

  "findings.label": "Findings",
  "findings.noAgency": "(no agency)",
  "findings.noProject": "(table-level)",
  "findings.groupCount": "{count}",
  "findings.goTo": "Click to go to {cell} and see the details",
  "findings.severity": "{severity}: ",

  "details.expected": "Expected",
  "details.actual": "Actual",
  "details.difference": "Difference",
  "details.parts": "Rows in the sum",
  "details.partGoTo": "Go to {cell} ({name})",
  "details.fix": "Suggested fix: {description}",
  "details.rule": "Rule: {title}",

  "rule.what": "What it checks",
  "rule.why": "Why it matters",
  "rule.bad": "Wrong",
  "rule.good": "Right",

  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",

  "state.start": "Click Check to read this workbook and check the amounts, targets and indicators of its performance target tables.",
  "state.noTable":
    "No performance target table found: make sure the header has 项目名称, 绩效目标 and 绩效指标 (or amount columns such as 总计 and 财政拨款), then click Check again.",
  "state.noMatch": "No findings match the filters.",
  "state.errorTitle": "Not completed",
  "state.checkFailed": "The check failed: {message}. Try again; if it keeps failing, close and reopen the add-in.",
  "state.actionFailed": "The action failed: {message}",
  "state.dismiss": "Dismiss",
} satisfies Record<StringKey, string>;
