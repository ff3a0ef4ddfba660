/**
 * What the CLI promises about its inputs, in-process (`run`): a report is never written over an
 * input or into a scanned folder (refused before any work), an unreadable subfolder is reported
 * and skipped, terminal escapes in cells and file names never reach the terminal, and stored
 * explanations are the preparer's claims (forged ones set aside, --strict counts explained errors).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CheckJson } from "../../../src/cli/check-json";
import { run } from "../../../src/cli/main";
import { fixturePath } from "../../support/fixtures";
import { explainFinding } from "../../../src/domain/review";
import { explainErrors, forgedExplanationsWorkbook, hashTree, terminalEscapeWorkbook } from "../../support/hostile-files";

jest.setTimeout(60_000);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-inputs-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

function folderOfTwo(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, "子目录"), { recursive: true });
  fs.copyFileSync(fixturePath("seed-001-compact"), path.join(dir, "a.xlsx"));
  fs.copyFileSync(fixturePath("seed-002-compact"), path.join(dir, "子目录", "b.xlsx"));
  return dir;
}

describe("--report never writes over an input", () => {
  it("refuses a report that is the workbook being checked, before any work, and leaves it as it was", async () => {
    const dir = folderOfTwo("同名");
    const input = path.join(dir, "a.xlsx");
    const before = hashTree(dir);
    const r = await cli(["check", input, "--report", input]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`jixiao: 报告“${input}”就是要检查的文件“${input}”：写出报告会覆盖它。请换一个报告文件名。\n`);
    expect(r.out).toBe("");
    expect(hashTree(dir)).toEqual(before);
  });

  it("catches the same file under another spelling or through a link", async () => {
    const dir = folderOfTwo("别名");
    const input = path.join(dir, "a.xlsx");
    fs.symlinkSync(input, path.join(tmp, "指向a.xlsx"));
    for (const report of [path.join(dir, "子目录", "..", "a.xlsx"), path.join(tmp, "指向a.xlsx")]) {
      const r = await cli(["check", input, "--report", report]);
      expect([report, r.code]).toEqual([report, 2]);
      expect(r.err).toContain("写出报告会覆盖它");
    }
  });

  it("refuses a report inside a scanned folder (it would be read as an input next time)", async () => {
    const dir = folderOfTwo("文件夹内");
    const before = hashTree(dir);
    for (const report of [path.join(dir, "审核意见.xlsx"), path.join(dir, "子目录", "报告.html")]) {
      const r = await cli(["check", dir, "--report", report]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`jixiao: 报告“${report}”位于要检查的文件夹“${dir}”中：它可能覆盖送审文件，下次检查时也会被当作输入读取。请把报告写到该文件夹之外。\n`);
      expect(r.out).toBe("");
    }
    expect(hashTree(dir)).toEqual(before);
  });

  it("writes a report beside the folder, and nothing else there", async () => {
    const dir = folderOfTwo("旁边");
    const report = path.join(tmp, "旁边的报告.json");
    const r = await cli(["check", dir, "--report", report]);
    expect(r.code).toBe(1);
    expect((JSON.parse(fs.readFileSync(report, "utf8")) as CheckJson).files).toHaveLength(2);
    expect(fs.readdirSync(tmp).filter((n) => n.includes("旁边的报告"))).toEqual(["旁边的报告.json"]);
  });
});

describe("folders", () => {
  it("reports a subfolder it may not list, in Chinese, skips it and checks the rest", async () => {
    const dir = folderOfTwo("无权限");
    const locked = path.join(dir, "子目录");
    // the tests run as root, for whom chmod 000 changes nothing: the OS's answer is given directly
    const readdir = fs.promises.readdir;
    const spy = jest.spyOn(fs.promises, "readdir").mockImplementation(((p: fs.PathLike, o?: unknown) => {
      if (String(p) === locked) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: "EACCES" }));
      return (readdir as (p: fs.PathLike, o?: unknown) => Promise<unknown>)(p, o);
    }) as typeof fs.promises.readdir);
    try {
      const r = await cli(["check", dir, "--format", "json"]);
      expect(r.code).toBe(2);
      const json = JSON.parse(r.out) as CheckJson;
      expect(json.files.map((f) => [path.basename(f.file), f.error ?? null])).toEqual([
        ["a.xlsx", null],
        ["子目录", `无法读取文件夹“${locked}”：没有读取权限，已跳过其中的文件。`],
      ]);
      expect(json.summary.unreadable).toBe(1);
      expect(r.err).toContain(`无法读取文件夹“${locked}”`);
      expect(r.err).not.toMatch(/EACCES|at .*\.ts/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("text output is safe for a terminal", () => {
  // C0 controls but tab and newline, DEL and C1
  // eslint-disable-next-line no-control-regex -- the characters this test looks for
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it("strips the escapes a cell (`_x001B_`) and a file name carry, keeping the text around them", async () => {
    const file = terminalEscapeWorkbook(path.join(tmp, "转义.xlsx"));
    const named = path.join(tmp, "名字\u001b[31m红\u009b2J.xlsx");
    fs.copyFileSync(fixturePath("seed-001-compact"), named);
    const r = await cli(["check", file, named]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("工作经费[2J]0;pwned[31m");
    expect(r.out).toContain(path.join(tmp, "名字[31m红2J.xlsx"));
    expect(r.out).not.toMatch(CONTROL);
    expect(r.err).not.toMatch(CONTROL);
    // the JSON keeps the text as it is (escaped by JSON itself): only terminals are protected
    const json = await cli(["check", file, "--format", "json"]);
    expect(json.out).toContain("\\u001b[2J");
  });
});

describe("explanations are the preparer's claims", () => {
  it("sets aside rows dated in the future: the errors they would hide stay open", async () => {
    const file = path.join(tmp, "伪造说明.xlsx");
    const { errors } = await forgedExplanationsWorkbook("seed-002-compact", file);
    expect(errors).toBeGreaterThan(1);
    const r = await cli(["check", file, "--format", "json"]);
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.out) as CheckJson).files[0];
    expect(f.summary.errors).toBe(errors - 1);
    expect(f.explained.map((e) => e.explanation.reason)).toEqual(["已向财政局报备"]);
    expect(f.invalidExplanations).toHaveLength(errors);
    expect(f.invalidExplanations!.every((x) => x.code === "explanation-invalid" && x.message.includes("晚于现在"))).toBe(true);
    const report = path.join(tmp, "伪造说明的审核意见.xlsx");
    const text = await cli(["check", file, "--report", report]);
    expect(text.out).toContain("已说明记录无效（explanation-invalid）：工作表“jixiao_explained”第3行：说明时间“9999-12-31T00:00:00.000Z”晚于现在，该条说明不予采用。");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const states: string[] = [];
    wb.getWorksheet("汇总")!.eachRow((row) => states.push(String(row.getCell(7).value ?? "")));
    expect(states).toContain(`已说明记录无效 ${errors} 条（explanation-invalid）：工作表“jixiao_explained”第3行：说明时间“9999-12-31T00:00:00.000Z”晚于现在，该条说明不予采用。`);
  });

  it("counts explained errors apart, and --strict counts them for the exit code", async () => {
    const file = path.join(tmp, "全部说明.xlsx");
    const { errors } = await explainErrors("seed-002-compact", file, (all) => all.map((f) => explainFinding(f, "上年已报备", "张三", "2025-03-01T09:30:00.000Z")));
    const relaxed = await cli(["check", file]);
    const strict = await cli(["check", file, "--strict"]);
    expect(relaxed.out).toMatch(new RegExp(`^共检查 1 个文件：错误 0 条，警告 \\d+ 条，提示 \\d+ 条，已说明 ${errors} 条（其中错误 ${errors} 条，按填报人的说明未计入错误；加 --strict 则计入）。$`, "m"));
    expect(relaxed.out).toContain("填报人陈述：上年已报备（张三，");
    expect(relaxed.code).toBe(0);
    expect(strict.code).toBe(1);
  });
});
