/**
 * 自检: probes a pilot user can run in their own Excel to learn whether the limits the host is built
 * around (excel-limits.md) hold there. Everything happens on a scratch sheet the self-test adds and
 * deletes afterwards (and a second, very hidden one); the user's sheets are never read or written.
 * Each probe reports what Excel did, including a refusal, which is information, not a failure of
 * the self-test. OfficeHost.selfTest() runs it inside its own Excel.run wrapper.
 */
import { planMarks, markFormula, MARK_FILLS } from "./marks";
import { readSheets, emptyReadStats, type SheetLayout } from "./office-read";
import { officeErrorCode } from "./errors";
import { asWrittenText } from "./office-text";
import type { Mark } from "./host";

export interface ProbeResult {
  /** what was tried, in Chinese */
  probe: string;
  /** true: the add-in's way works here */
  ok: boolean;
  /** what Excel did, short */
  detail: string;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const LONG_TEXT = "通过实施本项目，保障办公场地正常运转，提升公共服务质量和群众满意度。".repeat(15);
const SIZES = [500, 2_000, 4_000];

function codeOf(error: unknown): string {
  return officeErrorCode(error) || (error instanceof Error ? error.message : String(error));
}

export interface SelfTestOptions {
  run: Run;
  /** ExcelApi version → supported */
  supports: (version: string) => boolean;
  /** called as each probe finishes, so the pane can show progress */
  onResult?: (r: ProbeResult) => void;
}

export async function runSelfTest(options: SelfTestOptions): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  const note = (r: ProbeResult) => {
    results.push(r);
    options.onResult?.(r);
  };
  const sets = ["1.7", "1.9", "1.13", "1.14"].map((v) => `${v}${options.supports(v) ? "✓" : "✗"}`);
  note({ probe: "支持的 API 集（ExcelApi）", ok: options.supports("1.9"), detail: sets.join(" ") });
  const scratch = `jixiao自检${Date.now().toString(36)}`;
  await options.run(async (context) => {
    context.workbook.worksheets.add(scratch);
    await context.sync();
  });
  try {
    for (const probe of [probeLongText, probeMerges, probeMarks, probeWrites, probeVeryHidden, probeOwnEvents]) {
      try {
        for (const r of await probe(options.run, scratch)) note(r);
      } catch (error) {
        note({ probe: probe.name, ok: false, detail: `自检本身出错：${codeOf(error)}` });
      }
    }
  } finally {
    await options.run(async (context) => {
      context.workbook.worksheets.getItem(scratch).delete();
      await context.sync();
    });
  }
  return results;
}

/** Long Chinese text at growing sizes: one sync for all of it, then the host's budgeted read. */
async function probeLongText(run: Run, scratch: string): Promise<ProbeResult[]> {
  const out: ProbeResult[] = [];
  let written = 0;
  for (const rows of SIZES) {
    out.push(await probeLongTextSize(run, scratch, written, rows));
    written = rows;
  }
  await run(async (context) => {
    context.workbook.worksheets.getItem(scratch).getRange().clear("Contents" as Excel.ClearApplyTo);
    await context.sync();
  });
  return out;
}

async function probeLongTextSize(run: Run, scratch: string, from: number, rows: number): Promise<ProbeResult> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch);
    for (let r = from; r < rows; r += 500) {
      const n = Math.min(500, rows - r);
      sheet.getRangeByIndexes(r, 0, n, 1).values = Array.from({ length: n }, () => [LONG_TEXT]);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- 500 rows a sync: a request is capped at 5 MB too
      await context.sync();
    }
  });
  const megabytes = ((rows * LONG_TEXT.length * 3) / 1_048_576).toFixed(1);
  const whole = await run(async (context) => {
    const range = context.workbook.worksheets.getItem(scratch).getRangeByIndexes(0, 0, rows, 1).load("values");
    try {
      await context.sync();
      return `一次读取成功（${range.values.length} 行）`;
    } catch (error) {
      return `一次读取被拒绝：${codeOf(error)}`;
    }
  });
  const stats = emptyReadStats();
  const layout: SheetLayout = { name: scratch, id: "", cells: rows, top: 0, left: 0, rows, cols: 1 };
  const [grid] = await run((context) => readSheets(context, [layout], { formats: true, merges: true }, stats));
  const complete = grid.rows.length === rows && grid.rows.every((row) => row[0] === LONG_TEXT);
  return {
    probe: `读取长中文文本 ${rows} 行（约 ${megabytes} MB）`,
    ok: complete,
    detail: `${whole}；分块读取 ${stats.syncs} 次${stats.retries ? `（重试 ${stats.retries} 次）` : ""}${complete ? "，内容一致" : "，内容不一致"}`,
  };
}

/** 600 merged areas: asked for at once (Excel's limit is 512), then in the host's bands. */
async function probeMerges(run: Run, scratch: string): Promise<ProbeResult[]> {
  const count = 600;
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch);
    for (let i = 0; i < count; i++) {
      sheet.getRangeByIndexes(i * 2, 1, 1, 1).values = [[`合并${i + 1}`]];
      sheet.getRangeByIndexes(i * 2, 1, 2, 1).merge(false);
    }
    await context.sync();
  });
  const atOnce = await run(async (context) => {
    const areas = context.workbook.worksheets.getItem(scratch).getRangeByIndexes(0, 0, count * 2, 3).getMergedAreasOrNullObject().load("areaCount");
    try {
      await context.sync();
      return areas.isNullObject ? "一次读取：无" : `一次读取：${areas.areaCount} 个`;
    } catch (error) {
      return `一次读取被拒绝：${codeOf(error)}`;
    }
  });
  const layout: SheetLayout = { name: scratch, id: "", cells: count * 2 * 2, top: 0, left: 1, rows: count * 2, cols: 2 };
  const [grid] = await run((context) => readSheets(context, [layout], { formats: false, merges: true }, emptyReadStats()));
  const found = grid.merges?.length ?? 0;
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(scratch).getRangeByIndexes(0, 1, count * 2, 1);
    range.unmerge();
    range.clear("Contents" as Excel.ClearApplyTo);
    await context.sync();
  });
  return [{ probe: `${count} 个合并区域`, ok: found === count, detail: `${atOnce}；分段读取：${found} 个` }];
}

/** One mark over 300 / 1,000 / 3,000 scattered cells: raw getRanges, then the host's batches, then removal. */
async function probeMarks(run: Run, scratch: string): Promise<ProbeResult[]> {
  const out: ProbeResult[] = [];
  for (const n of [300, 1_000, 3_000]) out.push(await probeMarkCount(run, scratch, n));
  return out;
}

async function probeMarkCount(run: Run, scratch: string, n: number): Promise<ProbeResult> {
  const marks: Mark[] = Array.from({ length: n }, (_, i) => ({ sheet: scratch, cell: `${"BDF"[i % 3]}${1 + 2 * i}`, severity: "error" }));
  const raw = await run(async (context) => {
    const address = marks.map((m) => m.cell).join(", ");
    const areas = context.workbook.worksheets.getItem(scratch).getRanges(address).load("areaCount");
    try {
      await context.sync();
      return `一次 getRanges：${areas.areaCount} 个区域`;
    } catch (error) {
      return `一次 getRanges 被拒绝：${codeOf(error)}`;
    }
  });
  const plans = planMarks(marks);
  const counts = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch);
    for (const p of plans) {
      const rule = sheet.getRanges(p.address).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      rule.custom.rule.formula = markFormula(p.severity);
      rule.custom.format.fill.color = MARK_FILLS[p.severity];
    }
    const added = sheet.getRange().conditionalFormats.load("items/id");
    await context.sync();
    const addedCount = added.items.length;
    sheet.getRange().conditionalFormats.clearAll();
    const left = sheet.getRange().conditionalFormats.load("items/id");
    await context.sync();
    return { added: addedCount, left: left.items.length };
  });
  return {
    probe: `标记 ${n} 个分散单元格并清除`,
    ok: counts.added === plans.length && counts.left === 0,
    detail: `${raw}；分 ${plans.length} 条规则标记成功，清除后剩 ${counts.left} 条`,
  };
}

/** Texts Excel would coerce, written raw and as the add-in writes them, read back. */
async function probeWrites(run: Run, scratch: string): Promise<ProbeResult[]> {
  const texts = ["100%", "2023-12-31", "-", "1/2", "+5"];
  const back = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(scratch);
    const raw = sheet.getRangeByIndexes(0, 4, texts.length, 1);
    raw.values = texts.map((t) => [t]);
    const ours = sheet.getRangeByIndexes(0, 5, texts.length, 1);
    ours.values = texts.map((t) => [asWrittenText(t)]);
    raw.load("values,text");
    ours.load("values,text");
    await context.sync();
    return { raw: raw.values.map((r) => r[0]), ours: ours.values.map((r) => r[0]), oursText: ours.text.map((r) => r[0]) };
  });
  return texts.map((t, i) => ({
    probe: `写入“${t}”后读回`,
    ok: back.ours[i] === t && back.oursText[i] === t,
    detail: `直接写入读回 ${JSON.stringify(back.raw[i])}；加载项写入读回 ${JSON.stringify(back.ours[i])}`,
  }));
}

/** A very hidden sheet (how 已说明 is stored): hide, read back, show again and delete. */
async function probeVeryHidden(run: Run, scratch: string): Promise<ProbeResult[]> {
  const name = `${scratch}h`;
  const state = await run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
    sheet.load("visibility");
    await context.sync();
    const seen = sheet.visibility;
    // a very hidden sheet must be made visible before it can be deleted (office-js#365)
    sheet.visibility = "Visible" as Excel.SheetVisibility;
    sheet.delete();
    await context.sync();
    return seen;
  });
  return [{ probe: "深度隐藏的工作表", ok: state === "VeryHidden", detail: `读回 ${state}，已删除` }];
}

/**
 * The change event of the add-in's own write: does it arrive, and does it say it is ours. All in one
 * Excel.run, so the handler is removed through the context that added it.
 */
async function probeOwnEvents(run: Run, scratch: string): Promise<ProbeResult[]> {
  const events: (string | undefined)[] = [];
  await run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      if (event.address.startsWith("H")) events.push(event.triggerSource);
    });
    await context.sync();
    context.workbook.worksheets.getItem(scratch).getRange("H1").values = [["事件"]];
    await context.sync();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    handler.remove();
    await context.sync();
  });
  return [
    {
      probe: "本加载项写入的更改事件",
      ok: true,
      detail: events.length ? `收到 ${events.length} 个，triggerSource=${events[0] ?? "（无，ExcelApi 1.14 以前）"}` : "1 秒内未收到",
    },
  ];
}
