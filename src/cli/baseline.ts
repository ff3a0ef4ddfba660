/**
 * `--baseline OLD.json`: an earlier JSON report (`--report x.json` or `--format json`). Findings are
 * matched by file name (without the folder, so a new folder of resubmitted files still matches) and
 * business key; only new ones are kept, and the baseline's findings that are gone count as fixed.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { z } from "zod";
import type { CheckedFile } from "./check-file";
import type { BaselineSummary } from "./review-model";

const BaselineSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      file: z.string(),
      findings: z.array(z.object({ key: z.string().min(1) })),
    }),
  ),
});

export class BaselineError extends Error {}

/** file name → business keys of its open findings in the earlier report */
export type Baseline = Map<string, Set<string>>;

const fileKey = (file: string) => path.basename(file).toLowerCase();

export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new BaselineError(`无法读取基线文件“${file}”。`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`基线文件“${file}”不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = BaselineSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") ?? "";
    throw new BaselineError(
      `基线文件“${file}”不是 jixiao check 的 JSON 报告（${where ? `“${where}”处` : ""}不符合格式；问题须带业务键 key，请用 jixiao check --report 旧报告.json 生成）。`,
    );
  }
  const out: Baseline = new Map();
  for (const f of parsed.data.files) {
    const keys = out.get(fileKey(f.file)) ?? new Set<string>();
    for (const x of f.findings) keys.add(x.key);
    out.set(fileKey(f.file), keys);
  }
  return out;
}

/** Keeps only new findings in each file; counts what is fixed and unchanged. */
export function applyBaseline(files: CheckedFile[], baseline: Baseline, baselineFile: string): { files: CheckedFile[]; summary: BaselineSummary } {
  const summary: BaselineSummary = { file: baselineFile, new: 0, fixed: 0, unchanged: 0 };
  const out = files.map((f) => {
    const known = baseline.get(fileKey(f.file)) ?? new Set<string>();
    const fresh = f.findings.filter((x) => !known.has(x.key));
    summary.new += fresh.length;
    summary.unchanged += f.findings.length - fresh.length;
    if (!f.error) {
      const now = new Set([...f.findings, ...f.explained.map((e) => e.finding)].map((x) => x.key));
      for (const key of known) if (!now.has(key)) summary.fixed++;
    }
    return { ...f, findings: fresh };
  });
  return { files: out, summary };
}
