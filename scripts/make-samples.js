#!/usr/bin/env node
/**
 * Writes assets/samples/seed-000.json, seed-001.json, seed-002.json: each seed table (text extracted
 * from the departments' PDFs, ../shared/seeds) as the SheetGrid of the workbook it was published
 * from. A PDF wraps lines anywhere; a real cell holds the whole text, so wrapped lines are joined
 * with nothing between them (all the wraps fall between CJK characters or inside numbers).
 *
 * Every character of names, amounts, goals and indicator texts is kept, defects included (563.39
 * against the 563.38 its projects add up to, `1、…1、` numbering, `年度指标值：。`, goals copied
 * between projects). The JSON files are committed and are the source of truth afterwards; run this
 * again only to regenerate them: `node scripts/make-samples.js [SEEDS_DIR]`.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SEEDS = path.resolve(process.argv[2] || path.join(ROOT, "..", "shared", "seeds"));
const OUT = path.join(ROOT, "assets", "samples");
const TITLE = "项目支出绩效目标表（含转移支付项目）";
const SHEET = "项目支出绩效目标表";

function readSeed(prefix) {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix + "_") && f.endsWith(".txt"));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, file), "utf8").replace(/\r\n/g, "\n");
}

/** Splits lines into paragraphs at blank lines. */
function paragraphs(lines) {
  const out = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === "") {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

const join = (lines) => lines.join("");
const money = (s) => (s === undefined || s === null || s === "" ? null : Number(s));

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** Seed 000: 主管部门 | 预算单位 | 项目名称 | 绩效目标 | 绩效指标, no amounts. */
const SEED_000_NAMES = [
  "“鲲鹏计划”——花都区培育扶持高新企业创新工作",
  "招商交流推介往来活动经费",
  "民营企业家、优秀员工培训费",
  "工商联系统民营企业协调专项经费",
  "非公经济协调及组织建设专项经费",
  "街（镇）商会配套工作经费",
  "花都区民营企业投诉中心运营经费",
  "加强优秀企业、街（镇）党建活动场所经费",
  "区非公有制经济组织服务中心工作经费",
  "“七一”纪念活动经费",
  "慰问困难党员、外来工党员",
  "党务宣传、党员素质教育培训费",
  "考察调研论坛座谈会议费用",
];

function seed000() {
  const lines = readSeed("000").split("\n");
  const headerAt = lines.findIndex((l) => l.startsWith("主管部门"));
  const paras = paragraphs(lines.slice(headerAt + 1));
  const DEPT = "广州市花都区工商业联合会";
  const rows = [[TITLE, null, null, null, null], ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"]];
  let i = 0;
  for (const name of SEED_000_NAMES) {
    assert(join(paras[i]) === DEPT, `000: expected department at paragraph ${i}: ${join(paras[i])}`);
    const unit = join(paras[i + 1]);
    i += 2;
    const body = [];
    while (i < paras.length && join(paras[i]) !== DEPT) body.push(paras[i++]);
    const indAt = body.findIndex((p) => p[0].startsWith("1、"));
    assert(indAt > 0, `000: no indicators for ${name}`);
    const head = body.slice(0, indAt).map(join).join("");
    assert(head.startsWith(name), `000: name mismatch ${name} / ${head.slice(0, 30)}`);
    const goal = head.slice(name.length);
    const indicators = body.slice(indAt).map(join).join("");
    rows.push([DEPT, unit, name, goal, indicators]);
  }
  assert(i === paras.length, "000: text left over");
  return {
    name: SHEET,
    rows,
    formats: [[{ bold: true }], [1, 2, 3, 4, 5].map(() => ({ bold: true }))],
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
  };
}

const COMPACT_HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];

/** Seed 001: compact layout, projects indented with leading spaces, the agency in bold. */
function seed001() {
  const lines = readSeed("001").split("\n");
  const deptLine = lines.find((l) => l.startsWith("部门名称："));
  const m = /^(部门名称：\S+)\s+(单位：\S+)$/.exec(deptLine);
  assert(m, "001: department line");
  const headerAt = lines.findIndex((l) => l.startsWith("项目名称"));
  const rows = [
    [TITLE, null, null, null, null, null, null],
    [m[1], null, null, null, null, null, m[2]],
    COMPACT_HEADER.slice(),
  ];
  const formats = [[{ bold: true }], [], COMPACT_HEADER.map(() => ({ bold: true }))];
  const rest = lines.slice(headerAt + 1);
  let k = 0;
  // 合计 and the agency: one line each, `name total fiscal`
  for (; k < rest.length && !rest[k].startsWith("    "); k++) {
    if (rest[k].trim() === "") continue;
    const r = /^(\S+) (\d+\.\d{2}) (\d+\.\d{2})$/.exec(rest[k]);
    assert(r, `001: summary line ${rest[k]}`);
    rows.push([r[1], money(r[2]), money(r[3]), null, null, null, null]);
    formats.push([{ bold: true }]);
  }
  // project blocks start at a line indented with four spaces
  const blocks = [];
  for (; k < rest.length; k++) {
    if (rest[k].startsWith("    ")) blocks.push([]);
    blocks[blocks.length - 1].push(rest[k]);
  }
  for (const block of blocks) {
    const at = block.findIndex((l) => /(^|\s)\d+\.\d{2} \d+\.\d{2}$/.test(l));
    assert(at >= 0, `001: no amounts in ${block[0]}`);
    const am = /^(.*?)\s*(\d+\.\d{2}) (\d+\.\d{2})$/.exec(block[at]);
    const name = (join(block.slice(0, at).filter((l) => l.trim() !== "")) + am[1]).replace(/\s+$/, "");
    const paras = paragraphs(block.slice(at + 1));
    const indAt = paras.findIndex((p) => p[0].startsWith("1、"));
    assert(indAt > 0, `001: no indicators for ${name}`);
    const goal = paras.slice(0, indAt).map(join).join("");
    const indicators = paras.slice(indAt).map(join).join("");
    rows.push([name, money(am[2]), money(am[3]), null, null, goal, indicators]);
    formats.push([]);
  }
  return {
    name: SHEET,
    rows,
    formats,
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  };
}

/** Seed 002: tab-separated compact table; agencies carry no format, only their roll-up tells them. */
function seed002() {
  const lines = readSeed("002").split("\n").filter((l) => l.trim() !== "");
  const dept = lines.find((l) => l.startsWith("部门名称："));
  const unit = lines.find((l) => l.startsWith("单位："));
  const headerAt = lines.findIndex((l) => l.startsWith("项目名称"));
  const header = lines[headerAt].split("\t");
  assert(header.length === 7, "002: header");
  const rows = [
    [TITLE, null, null, null, null, null, null],
    [dept.trim(), null, null, null, null, null, null],
    [unit.trim(), null, null, null, null, null, null],
    header,
  ];
  for (const line of lines.slice(headerAt + 1)) {
    const f = line.split("\t");
    assert(f.length === 7, `002: ${f.length} fields in ${line.slice(0, 20)}`);
    const text = (s) => (s === "" ? null : s);
    rows.push([f[0], money(f[1]), money(f[2]), money(f[3]), money(f[4]), text(f[5]), text(f[6])]);
  }
  return {
    name: SHEET,
    rows,
    formats: [[{ bold: true }], [], [], header.map(() => ({ bold: true }))],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  };
}

/**
 * A clean table (not published: written here) in the compact layout with amounts, on which the
 * checker finds nothing, so the pane's "no problems" state can be seen and taught. Each project
 * has 产出, 效益, 满意度 and 成本 indicators with measurable values and units, sums that add up.
 */
function cleanTable() {
  const ind = (items) =>
    items.map(([l1, l2, name, value], i) => `${i + 1}、${l1},${l2},${name}；实施周期指标值:${value},年度指标值:${value};`).join(",");
  const projects = [
    ["    机关办公设备运行维护经费", 12.5, "保障单位办公设备全年正常运行，完成办公设备维护保养12次，设备完好率达到98%，干部职工满意度达到90%。", [
      ["1-产出指标", "11-数量指标", "设备维护保养次数", "≥12次"],
      ["1-产出指标", "13-时效指标", "维护保养按期完成率", "100%"],
      ["2-效益指标", "22-社会效益", "办公设备完好率", "≥98%"],
      ["3-满意度指标", "31-服务对象满意度指标", "干部职工满意度", "≥90%"],
      ["4-成本指标", "41-经济成本指标", "设备维护费用", "≤12.5万元"],
    ]],
    ["    民营企业政策宣讲活动经费", 8, "面向辖区民营企业开展惠企政策宣讲活动6场，覆盖企业300家，参加企业满意度达到90%。", [
      ["1-产出指标", "11-数量指标", "举办政策宣讲活动场次", "≥6场"],
      ["1-产出指标", "11-数量指标", "覆盖企业数", "≥300家"],
      ["1-产出指标", "13-时效指标", "宣讲活动按计划完成率", "100%"],
      ["2-效益指标", "22-社会效益", "企业政策知晓率", "≥85%"],
      ["3-满意度指标", "31-服务对象满意度指标", "参加企业满意度", "≥90%"],
      ["4-成本指标", "41-经济成本指标", "宣讲活动费用", "≤8万元"],
    ]],
  ];
  const total = projects.reduce((sum, p) => sum + p[1], 0);
  const header = COMPACT_HEADER;
  const rows = [
    [TITLE, null, null, null, null, null, null],
    ["部门名称：示例区示例局(部门)", null, null, null, null, null, "单位：万元"],
    header,
    ["合计", total, total, null, null, null, null],
    ["示例区示例局", total, total, null, null, null, null],
    ...projects.map(([name, amount, goal, items]) => [name, amount, amount, null, null, goal, ind(items)]),
  ];
  return {
    name: SHEET,
    rows,
    formats: [[{ bold: true }], [], header.map(() => ({ bold: true })), [{ bold: true }], [{ bold: true }]],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
  };
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const seeds = { "seed-000.json": seed000(), "seed-001.json": seed001(), "seed-002.json": seed002(), "clean.json": cleanTable() };
  for (const [file, grid] of Object.entries(seeds)) {
    fs.writeFileSync(path.join(OUT, file), JSON.stringify(grid, null, 1) + "\n");
    console.log(`${file}: ${grid.rows.length} rows`);
  }
}

main();
