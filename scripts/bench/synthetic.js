/**
 * A synthetic 项目支出绩效目标表 of any size for `npm run bench`, shaped like the seeds: a merged
 * title, 部门名称 and 单位：万元 lines, the compact header, a bold 合计, bold agency subtotals
 * (资金使用单位) with their projects indented below, each project with a goal and 3–6 numbered
 * indicators in one of the three seed dialects (code `；` as seed 002, code `,` as seed 001, short
 * `：` as seed 000). About one project in six carries a defect a reviewer would catch (a subtotal off
 * by 0.01, ≧, a repeated number, a missing name or value, XX, a doubled word, a duplicated goal, a
 * text amount with a thousands separator), and about one cell in ten has a PDF-style line break, so
 * the reader's slow path is exercised too. Deterministic: the same size always gives the same table.
 *
 * Like a real table, most indicator items are written once: the seeds repeat under 10% of their
 * items, so names and qualitative values usually take a subject (法律服务, 营商环境 …), and every
 * number in a value (counts, rates, dates, money) is drawn per project. A generator that repeated a few dozen items
 * would flatter any cache keyed by text.
 */
"use strict";

/** mulberry32: a small seeded PRNG, so every run benchmarks the same workbook. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** [一级 code, 一级, 二级 code, 二级, name, value] — wordings from the seeds. */
const INDICATORS = {
  output: [
    ["1", "产出指标", "11", "数量指标", "培训人数", "≥50人"],
    ["1", "产出指标", "11", "数量指标", "走访企业数", "≥40家"],
    ["1", "产出指标", "11", "数量指标", "因公出国（境）次数", "大于等于1批次"],
    ["1", "产出指标", "11", "数量指标", "购置办公设备及家具", "按需更换购置一批"],
    ["1", "产出指标", "12", "质量指标", "培训任务完成率", "≥90%"],
    ["1", "产出指标", "12", "质量指标", "设备验收合格率", "100%"],
    ["1", "产出指标", "13", "时效指标", "费用支付及时率", "100%"],
    ["1", "产出指标", "13", "时效指标", "项目完成时间", "2025年12月31日前"],
  ],
  benefit: [
    ["2", "效益指标", "22", "社会效益", "搭建对外交流平台", "大于等于1个"],
    ["2", "效益指标", "22", "社会效益", "保障办公正常运转", "办公设备使用正常"],
    ["2", "效益指标", "21", "经济效益", "推动经贸交流", "有则得满分，否则酌情扣分"],
    ["2", "效益指标", "22", "社会效益", "企业创新力", "持续提升"],
  ],
  cost: [
    ["4", "成本指标", "41", "经济成本指标", "年度投入", "按标准列支"],
    ["4", "成本指标", "41", "经济成本指标", "项目成本控制", "≤24万元"],
  ],
  satisfaction: [
    ["3", "满意度指标", "31", "服务对象满意度", "服务对象满意度", "≥90%"],
    ["3", "满意度指标", "31", "服务对象满意度", "企业对扶持工作的满意度", "≥95%"],
  ],
};

const GOALS = [
  "通过开展本项目，保障单位办公场所正常运行，为我单位工作人员提供安全适用的办事、办公环境，为提高工作效率和服务水平提供有利条件。",
  "分期分批更新办公设备，报废维修价值不高、超使用年限的办公设备，使办公设备处于良好可用状态，提高工作效率，保障工作顺利完成。",
  "通过组织企业家外出考察、参加经贸交流，为非公有制企业提供政策咨询、信息、法律、投融资、人才等方面服务，促进非公经济健康发展。",
  "培育和发展中国特色商会组织，进一步激发商会活力，发挥基层商会作用，推动统战工作向商会组织有效覆盖。",
];
const ITEMS = ["办公场地项目经费", "工作经费", "购置经费", "培训费", "信息化运维经费", "商会配套工作经费", "宣传专项经费", "调研经费"];
const AGENCY_KINDS = ["工商业联合会", "商会", "服务中心", "促进中心", "研究会"];

/** What a name may be about, so names vary between projects as they do in real tables. */
const SUBJECTS = [
  "政策宣讲", "法律服务", "企业走访", "商会建设", "人才培训", "信息化", "党建", "调研", "宣传", "经贸交流",
  "服务中心", "办公设备", "档案管理", "课题研究", "会议", "统计", "招商引资", "民营企业", "非公经济", "青年企业家",
  "女企业家", "光彩事业", "乡村振兴", "对口帮扶", "营商环境", "投诉调解", "知识产权", "金融服务", "数字化转型", "标准化",
  "安全生产", "节能环保", "外贸", "人才引进", "专精特新", "行业协会", "公共服务", "志愿服务", "文化建设", "舆情",
];

/** `text` about a subject (法律服务 + 培训人数), never doubling a word where they meet (人才培训 + 培训人数). */
function about(text, rnd) {
  const subject = pick(SUBJECTS, rnd);
  for (let k = 1; k <= subject.length; k++) if (text.startsWith(subject.slice(-k))) return text;
  return `${subject}${text}`;
}

/**
 * The seed wording of an item with this project's own numbers: `≥50人` becomes `≥137人`, a rate
 * another percentage, a date another day, and one name in three gets the project's subject.
 */
function varied(ind, rnd) {
  const out = ind.slice();
  if (rnd() < 0.85) out[4] = about(out[4], rnd);
  const qualitative = !/\d/.test(out[5]);
  out[5] = out[5]
    .replace(/^(≥|大于等于|≤)?(\d+)(%)$/, (_, c, n) => `${c ?? ""}${c ? 60 + Math.floor(rnd() * 41) : n}%`)
    .replace(/^(≥|大于等于|≤)(\d+)(人|家|批次|个|万元)$/, (_, c, n, u) => `${c}${1 + Math.floor(rnd() * (u === "万元" ? 60 : 400))}${u}`)
    .replace(/^2025年12月31日前$/, () => `2025年${1 + Math.floor(rnd() * 12)}月${10 + Math.floor(rnd() * 19)}日前`);
  // a qualitative value usually says what it is about
  if (qualitative && rnd() < 0.85) out[5] = about(out[5], rnd);
  return out;
}

/** One indicator item written in a dialect (the seeds' punctuation exactly). */
function formatItem(dialect, seq, ind) {
  const [c1, n1, c2, n2, name, value] = ind;
  if (dialect === "code") return `${seq}、${c1}-${n1}；${c2}-${n2}；${name}；实施周期指标值:${value}；年度指标值:${value}。`;
  if (dialect === "comma") return `${seq}、${c1}-${n1},${c2}-${n2},${name}；实施周期指标值:${value},年度指标值:${value};`;
  // the short dialect with both values, so the table's 实施周期 column is filled throughout
  return `${seq}、${n1}：${name}，实施周期指标值：${value}，年度指标值：${value}。`;
}

/** A PDF-style line break inside a text, where an export wrapped it. */
function wrap(text, rnd) {
  const at = 6 + Math.floor(rnd() * Math.max(1, text.length - 12));
  return text.slice(0, at) + "\n" + text.slice(at);
}

function pick(list, rnd) {
  return list[Math.floor(rnd() * list.length)];
}

/** The indicators of one project: an 产出, an 效益, usually a 满意度 and a 成本, 3–6 in all, no repeats. */
function projectIndicators(rnd) {
  const n = 3 + Math.floor(rnd() * 4);
  const out = [pick(INDICATORS.output, rnd), pick(INDICATORS.benefit, rnd)];
  // 成本 before 满意度: a project of three keeps the cost line and goes without 满意度 (a warning)
  if (rnd() < 0.9) out.push(pick(INDICATORS.cost, rnd));
  if (rnd() < 0.95) out.push(pick(INDICATORS.satisfaction, rnd));
  for (let tries = 0; out.length < n && tries < 20; tries++) {
    const more = pick(INDICATORS.output, rnd);
    if (!out.includes(more)) out.push(more);
  }
  // numbers and subjects are drawn per project, so the items are (nearly) all this project's own
  return out.map((x) => varied(x, rnd));
}

const DEFECTS = ["≧", "numbering", "no-name", "no-value", "XX", "typo", "dup-goal", "text-amount"];

/** The indicator cell text, with the project's defect applied where it lives in the indicators. */
function indicatorCell(dialect, inds, defect) {
  if (defect === "≧") inds[0][5] = inds[0][5].replace(/^(≥|大于等于)?/, "≧");
  if (defect === "no-name") inds[0][4] = "";
  if (defect === "no-value") inds[1][5] = "";
  if (defect === "XX") inds[0][5] = "XX次";
  if (defect === "typo") inds[1][4] += "否则否则";
  const items = inds.map((ind, k) => formatItem(dialect, defect === "numbering" && k === 2 ? 2 : k + 1, ind));
  return items.join(dialect === "comma" ? "," : "");
}

/** Amounts are generated in hundredths of 万元 (integers, summed exactly) and written as 万元. */
const fen = (hundredths) => hundredths / 100;

function setAmounts(row, total, fiscal, special) {
  row[1] = fen(total);
  row[2] = fen(fiscal);
  row[3] = special ? fen(special) : null;
}

/**
 * The table as a SheetGrid (rows, formats, merges) — the reader's input, and what writeXlsx writes.
 * `projects` is exact; agencies hold 5–40 projects each.
 */
function syntheticGrid(projects, seed = 20250101) {
  const rnd = prng(seed + projects);
  const header = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];
  const rows = [
    ["2025年项目支出绩效目标表（含转移支付项目）", null, null, null, null, null, null],
    ["部门名称：广州市某区工商业联合会(部门)", null, null, null, null, null, "单位：万元"],
    header,
    ["合计", 0, 0, null, null, null, null],
  ];
  const bold = { bold: true };
  const formats = [[bold], [], header.map(() => bold), [bold]];
  const grand = { total: 0, fiscal: 0, special: 0 };
  let made = 0;
  let agencyNo = 0;
  let lastGoal = GOALS[0];
  while (made < projects) {
    agencyNo++;
    const count = Math.min(projects - made, 5 + Math.floor(rnd() * 36));
    const dialect = pick(["code", "code", "comma", "short"], rnd);
    const agencyRow = rows.length;
    rows.push([`广州市某区第${agencyNo}${pick(AGENCY_KINDS, rnd)}`, 0, 0, null, null, null, null]);
    formats.push([bold]);
    const sum = { total: 0, fiscal: 0, special: 0 };
    for (let k = 0; k < count; k++) {
      made++;
      const defect = rnd() < 1 / 6 ? pick(DEFECTS, rnd) : null;
      // 1.00 to 500.99 万元; a text amount is a big one, written with a thousands separator
      const totalFen = defect === "text-amount" ? 100000 + Math.floor(rnd() * 400000) : 100 + Math.floor(rnd() * 50000);
      const specialFen = rnd() < 0.2 ? Math.floor(totalFen * 0.3) : 0;
      const fiscalFen = totalFen - specialFen;
      sum.total += totalFen;
      sum.fiscal += fiscalFen;
      sum.special += specialFen;
      const name = `${pick(ITEMS, rnd).replace("经费", "")}第${made}号经费`;
      const goal = defect === "dup-goal" ? lastGoal : `${pick(GOALS, rnd)}（第${made}号）`;
      lastGoal = goal;
      const indicators = indicatorCell(dialect, projectIndicators(rnd), defect);
      const total = defect === "text-amount" ? fen(totalFen).toLocaleString("en-US", { minimumFractionDigits: 2 }) : fen(totalFen);
      const wrapped = rnd() < 0.1;
      const indented = dialect === "comma" ? `    ${name}` : name;
      rows.push([indented, total, fen(fiscalFen), specialFen ? fen(specialFen) : null, null, wrapped ? wrap(goal, rnd) : goal, wrapped ? wrap(indicators, rnd) : indicators]);
      formats.push(dialect === "comma" ? [] : [{ indent: 1 }]);
    }
    // one subtotal in five is off by a cent, as seed 002's 563.39 against 563.38
    const off = rnd() < 0.2 ? 1 : 0;
    setAmounts(rows[agencyRow], sum.total + off, sum.fiscal + off, sum.special);
    grand.total += sum.total + off;
    grand.fiscal += sum.fiscal + off;
    grand.special += sum.special;
  }
  setAmounts(rows[3], grand.total, grand.fiscal, grand.special);
  rows.push(["注：本表金额单位为万元。", null, null, null, null, null, null]);
  formats.push([]);
  return { name: "项目支出绩效目标表", rows, formats, merges: [{ top: 0, left: 0, bottom: 0, right: 6 }], agencies: agencyNo };
}

/** Writes the grid as an .xlsx with ExcelJS (bold, indent, the merged title, wrapped long text). */
async function writeXlsx(ExcelJS, grid, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao bench";
  const ws = wb.addWorksheet(grid.name);
  ws.columns = [40, 12, 12, 12, 12, 60, 80].map((width) => ({ width }));
  grid.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      const f = grid.formats[r] && grid.formats[r][c];
      if (f && f.bold) cell.font = { bold: true };
      if (c >= 5) cell.alignment = { wrapText: true, vertical: "top", ...(f && f.indent ? { indent: f.indent } : {}) };
      else if (f && f.indent) cell.alignment = { indent: f.indent };
    });
  });
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

module.exports = { syntheticGrid, writeXlsx, prng };
