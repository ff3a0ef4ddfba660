/**
 * Running the rule catalog over a workbook model: resolve the profile (scheme) and budget year per
 * table, run every enabled rule, apply the config's severities, and sort the findings the way a
 * reader scans a sheet (sheet, then row, then column). Every rule is linear in the table, so the
 * whole check is too.
 */
import { fromA1 } from "./address";
import { effectiveRule, type Config } from "./config";
import type { Finding } from "./finding";
import { detectScheme } from "./indicator/taxonomy";
import type { Indicator, Layout, TableModel, WorkbookModel } from "./model";
import type { MoneyUnit } from "./money";
import { allRules, ruleById } from "./rules";
import type { Lang, ProjectVisitor, Rule, RuleContext, Scheme } from "./rules/rule";
import { businessKey } from "./rules/support/findings";
import { renderFindings } from "./rules/support/messages";
import { walkProjects } from "./rules/support/visitor";
import { majorityYear } from "./rules/support/years";

/** How to check: the language messages are rendered in (the pane's language option). */
export interface CheckOptions {
  lang?: Lang;
}

/** The engine's own messages (a rule that failed, no table found), in the rules' template form. */
const ENGINE_MESSAGES = {
  ruleFailed: {
    zh: "规则“{title}”检查工作表“{sheet}”时出错（{why}），该项结果可能不完整。",
    en: "Rule {rule} failed on sheet \"{sheet}\": {why}",
  },
} as const;

export interface TableSummary {
  sheet: string;
  layout: Layout;
  moneyUnit: MoneyUnit | null;
  projects: number;
  agencies: number;
  indicators: number;
}

export interface CheckResult {
  tables: TableSummary[];
  findings: Finding[];
}

export function summarizeTable(table: TableModel): TableSummary {
  let projects = 0;
  let agencies = 0;
  let indicators = 0;
  const rows = table.rows;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (r.kind === "project") {
      projects++;
      indicators += r.indicators.length;
    } else if (r.kind === "agency") agencies++;
  }
  return { sheet: table.sheet, layout: table.layout, moneyUnit: table.moneyUnit, projects, agencies, indicators };
}

function projectIndicatorList(table: TableModel): Indicator[] {
  const out: Indicator[] = [];
  const rows = table.rows;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (r.kind === "project") for (let j = 0; j < r.indicators.length; j++) out.push(r.indicators[j]);
  }
  return out;
}

/** The scheme in force: the config's profile, or (auto) what the codes in the table say, else traditional. */
export function resolveScheme(table: TableModel, config?: Config): Scheme {
  const profile = config?.profile ?? "auto";
  if (profile !== "auto") return profile;
  return detectScheme(projectIndicatorList(table)) ?? "traditional";
}

/** The budget year: the config's, else the title's, else the year most deadlines in the table name. */
export function resolveBudgetYear(table: TableModel, config?: Config): Pick<RuleContext, "budgetYear" | "budgetYearSource"> {
  if (config?.budgetYear) return { budgetYear: config.budgetYear, budgetYearSource: "config" };
  if (table.budgetYear) return { budgetYear: table.budgetYear, budgetYearSource: "title" };
  const years: number[] = [];
  for (const ind of projectIndicatorList(table)) {
    // the annual values say which year the table plans for
    const p = ind.annualValue?.parsed;
    if (p?.kind === "deadline" && p.year !== null) years.push(p.year);
  }
  const y = majorityYear(years);
  return y === null ? { budgetYear: null, budgetYearSource: null } : { budgetYear: y, budgetYearSource: "dates" };
}

/**
 * Runs every enabled rule over one table; findings in rule order (checkWorkbook sorts them). Rules
 * written as visitors share one walk over the projects (see rules/support/visitor.ts); if that walk
 * throws, they are run again one by one so the failing rule is the only one lost.
 */
export function checkTable(table: TableModel, config?: Config, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? "zh";
  const scheme = resolveScheme(table, config);
  const year = resolveBudgetYear(table, config);
  const runs: Array<{ rule: Rule; severity: Finding["severity"] | null; ctx: RuleContext; out: Finding[]; visitor?: ProjectVisitor }> = [];
  for (const rule of allRules) {
    const eff = effectiveRule(config, rule.id);
    if (!eff.enabled) continue;
    runs.push({ rule, severity: eff.severity, ctx: { scheme, ...year, options: eff.options, lang }, out: [] });
  }
  let fusedOk = true;
  try {
    const visitors: ProjectVisitor[] = [];
    for (const run of runs) {
      if (!run.rule.visitor) continue;
      run.visitor = run.rule.visitor(table, run.ctx, run.out);
      visitors.push(run.visitor);
    }
    walkProjects(table, visitors, scheme);
  } catch {
    fusedOk = false;
  }
  const out: Finding[] = [];
  for (const run of runs) {
    const fused = run.rule.visitor !== undefined && fusedOk;
    const findings = fused ? rendered(run.rule, run.out, run.ctx) : runRule(run.rule, table, run.ctx);
    for (let k = 0; k < findings.length; k++) {
      const f = findings[k];
      if (run.severity) f.severity = run.severity;
      out.push(f);
    }
  }
  return out;
}

/** The fused walk's findings, rendered; a message that cannot be rendered counts as the rule failing. */
function rendered(rule: Rule, findings: Finding[], ctx: RuleContext): Finding[] {
  try {
    renderFindings(rule.meta, findings, ctx.lang ?? "zh");
    return findings;
  } catch (e) {
    return [failure(rule, ctx, findings[0]?.sheet ?? "", 1, e)];
  }
}

/** A rule that throws on odd data must not take the whole check down: say so, and go on. */
function runRule(rule: Rule, table: TableModel, ctx: RuleContext): Finding[] {
  try {
    return rule.check(table, ctx);
  } catch (e) {
    return [failure(rule, ctx, table.sheet, table.headerRow, e)];
  }
}

function failure(rule: Rule, ctx: RuleContext, sheet: string, headerRow: number, e: unknown): Finding {
  const why = e instanceof Error ? e.message : String(e);
  const f: Finding = {
    rule: rule.id,
    severity: "info",
    sheet,
    cell: `A${headerRow}`,
    agency: null,
    project: null,
    indicator: null,
    messageId: "ruleFailed",
    data: { title: rule.title, sheet, why, rule: rule.id },
    message: "",
    key: businessKey(rule.id, sheet, null, null, "内部错误"),
    subject: why,
  };
  renderFindings({ ...rule.meta, messages: ENGINE_MESSAGES }, [f], ctx.lang ?? "zh");
  return f;
}

export function checkWorkbook(model: WorkbookModel, config?: Config, options: CheckOptions = {}): CheckResult {
  const noTable = ruleById("no-table")!;
  const sheetOrder = new Map<string, number>();
  const order = (sheet: string) => {
    if (!sheetOrder.has(sheet)) sheetOrder.set(sheet, sheetOrder.size);
  };
  const findings: Finding[] = [];
  const noTableRule = effectiveRule(config, noTable.id);
  for (const p of model.problems) {
    if (p.code !== "no-table" || !noTableRule.enabled) continue;
    const sheet = p.sheet ?? "";
    order(sheet);
    const f: Finding = {
      rule: noTable.id,
      severity: noTableRule.severity ?? noTable.severity,
      sheet,
      cell: p.cell ?? "A1",
      agency: null,
      project: null,
      indicator: null,
      messageId: "noTable",
      data: { problem: p.message },
      message: "",
      key: businessKey(noTable.id, sheet, null, null, "工作簿"),
      subject: p.message,
    };
    renderFindings(noTable.meta, [f], options.lang ?? "zh");
    findings.push(f);
  }
  const tables: TableSummary[] = [];
  for (const t of model.tables) {
    order(t.sheet);
    tables.push(summarizeTable(t));
    const found = checkTable(t, config, options);
    for (let k = 0; k < found.length; k++) findings.push(found[k]);
  }
  return { tables, findings: uniqueKeys(sortFindings(findings, sheetOrder)) };
}

let ruleOrder: Map<string, number> | null = null;

/** Where a cell sorts: row, then column, in one number (rows < 2^24, columns < 2^15). */
function cellRank(cell: string): number {
  // the plain form the rules write (B12), read off its characters; anything else through fromA1
  let k = 0;
  let col = 0;
  while (k < cell.length && k < 3) {
    const c = cell.charCodeAt(k);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    k++;
  }
  let row = 0;
  const digits = cell.length - k;
  if (k > 0 && digits > 0 && digits <= 7) {
    for (let i = k; i < cell.length; i++) {
      const d = cell.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return rankOf(fromA1(cell));
      row = row * 10 + d;
    }
    return (row - 1) * 32768 + (col - 1);
  }
  return rankOf(fromA1(cell));
}

const rankOf = (a: { row: number; col: number } | null): number => (a ? a.row * 32768 + a.col : 0);

/**
 * Sheet (workbook order), row, column, position in the cell, then rule catalog order. Each finding's
 * place is worked out once into two numbers (sheet-row-column, position-rule), so the sort compares
 * numbers only; the sort is stable, so ties keep the order the rules gave.
 */
export function sortFindings(findings: Finding[], sheetOrder?: Map<string, number>): Finding[] {
  ruleOrder ??= new Map(allRules.map((r, k) => [r.id, k]));
  const n = findings.length;
  const major = new Float64Array(n);
  const minor = new Float64Array(n);
  // findings come grouped by table and rule, one project's together: each lookup is redone only
  // when its input changes from the finding before
  let lastCell = "";
  let cellAt = 0;
  let lastSheet: string | null = null;
  let sheetAt = 0;
  let lastRule: string | null = null;
  let ruleAt = 0;
  for (let k = 0; k < n; k++) {
    const f = findings[k];
    // a cell's rank is read off its few characters: cheaper than looking it up by its text
    if (f.cell !== lastCell) {
      lastCell = f.cell;
      cellAt = cellRank(f.cell);
    }
    if (f.sheet !== lastSheet) {
      lastSheet = f.sheet;
      // sheets < 2^14 above rows and columns (< 2^39)
      sheetAt = (sheetOrder?.get(f.sheet) ?? 0) * 549755813888;
    }
    if (f.rule !== lastRule) {
      lastRule = f.rule;
      ruleAt = ruleOrder.get(f.rule) ?? 0;
    }
    major[k] = sheetAt + cellAt;
    minor[k] = ((f.span ? f.span.start : -1) + 1) * 64 + ruleAt;
  }
  const order: number[] = [];
  for (let k = 0; k < n; k++) order.push(k);
  order.sort(
    sheetOrder
      ? (x, y) => major[x] - major[y] || minor[x] - minor[y] || x - y
      : (x, y) => findings[x].sheet.localeCompare(findings[y].sheet) || major[x] - major[y] || minor[x] - minor[y] || x - y,
  );
  const out: Finding[] = [];
  for (let k = 0; k < n; k++) out.push(findings[order[k]]);
  return out;
}

/** Keys should name one finding each; the rare collision (two tables on one sheet) gets a suffix. */
function uniqueKeys(findings: Finding[]): Finding[] {
  // one set operation per key (a Set grows only by a key it had not seen); counts for repeats only
  const seen = new Set<string>();
  let repeats: Map<string, number> | null = null;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    const size = seen.size;
    seen.add(f.key);
    if (seen.size > size) continue;
    repeats ??= new Map();
    const n = (repeats.get(f.key) ?? 1) + 1;
    repeats.set(f.key, n);
    f.key = `${f.key}#${n}`;
  }
  return findings;
}
