/**
 * The `jixiao` command: parse, check, fix and rules. `main(process.argv)` returns the exit code; the
 * bin script sets it. Usage errors print in Chinese and exit 2.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { CheckOptions } from "./commands/check";
import type { FixOptions } from "./commands/fix";
import { EXIT_OK, EXIT_UNREADABLE, processIO, type CliIO } from "./io";

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  return run(argv.slice(2), io);
}

/** Runs with the user's arguments only (no node path and script path in front). */
export async function run(args: string[], io: CliIO = processIO): Promise<number> {
  let code = EXIT_OK;
  const program = new Command("jixiao")
    .description("绩效目标表助手：读取并检查项目支出绩效目标表（.xlsx）")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(chineseUsageError(s)) })
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [command]", "显示某个命令的帮助")
    .showHelpAfterError("（使用 jixiao --help 查看用法）");

  program
    .command("parse")
    .helpOption("-h, --help", "显示帮助")
    .description("读取工作簿，输出表格、项目与绩效指标的 JSON")
    .argument("<files...>", "xlsx 文件")
    .action(async (files: string[]) => {
      // commands load lazily: ExcelJS is slow to require and `rules` does not need it
      const { runParse } = await import("./commands/parse");
      code = await runParse(files, io);
    });

  program
    .command("check")
    .helpOption("-h, --help", "显示帮助")
    .description("检查工作簿或整个文件夹，按工作表 → 资金使用单位 → 项目列出问题，已说明的问题单独列出")
    .argument("<paths...>", "工作簿文件或文件夹（递归查找 .xlsx、.xlsm、.xls、.et、.csv）")
    .addOption(new Option("--format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .addOption(profileOption())
    .option("--config <file>", "配置文件（JSON）")
    .option("--report <file>", "写出报告，格式按扩展名：.xlsx 审核意见表、.html 网页、.json、.sarif、.csv；可多次使用", collect)
    .option("--baseline <file>", "与之前的 JSON 报告比较，只列出新增的问题（按文件名和业务键匹配）")
    .option("--jobs <n>", "并行检查的工作进程数（默认：CPU 核数，最多 8）", positiveInt)
    .option("--time-limit <秒>", "每个文件的检查时间上限，超过即停止并报告该文件（默认 60；可用小数）", positiveNumber)
    .option("--memory-limit <MB>", "每个工作进程的内存上限，超过即停止并报告该文件（默认 1024）", positiveInt)
    .option("--strict", "已说明的错误也计入退出码（说明只是填报人的陈述）")
    .action(async (paths: string[], opts: CheckOptions) => {
      const { runCheck } = await import("./commands/check");
      code = await runCheck(paths, opts, io);
    });

  program
    .command("fix")
    .helpOption("-h, --help", "显示帮助")
    .description("应用规则给出的安全修复（如“大于等于”改为“≥”），写入新文件；原文件不改动")
    .argument("<file>", "xlsx 文件")
    .requiredOption("-o, --output <file>", "写入修复后的新文件（.xlsx），不能是输入文件")
    .option("--rule <id...>", "只应用这些规则的修复")
    .addOption(profileOption())
    .action(async (file: string, opts: FixOptions) => {
      const { runFix } = await import("./commands/fix");
      code = await runFix(file, opts, io);
    });

  program
    .command("rules")
    .helpOption("-h, --help", "显示帮助")
    .description("列出全部规则，或查看某条规则的说明")
    .argument("[id]", "规则编号")
    .option("--html <file>", "把全部规则的说明写成一个可打印的网页")
    .action(async (id: string | undefined, opts: { html?: string }) => {
      const { runRules } = await import("./commands/rules");
      code = runRules(id, io, opts);
    });

  try {
    await program.parseAsync(args, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT_OK : EXIT_UNREADABLE;
    }
    throw e;
  }
  return code;
}

function profileOption(): Option {
  return new Option("--profile <profile>", "指标口径：auto 自动、traditional 传统、fin101 财预〔2021〕101号").choices(["auto", "traditional", "fin101"]);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`“${value}”不是正整数`);
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`“${value}”不是正数`);
  return n;
}

/** Commander's usage errors, in Chinese. */
function chineseUsageError(s: string): string {
  const rules: [RegExp, string][] = [
    [/^error: missing required argument '(.+?)'/, "错误：缺少参数 $1"],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\.?$/m, "错误：选项 $1 的值“$2”无效，可选：$3。"],
    [/^error: option '(.+?)' argument missing/, "错误：选项 $1 缺少取值"],
    [/^error: option '(.+?)' argument '(.+?)' is invalid\. (.+)$/m, "错误：选项 $1 的值无效：$3"],
    [/^error: unknown option '(.+?)'/, "错误：未知选项 $1"],
    [/^error: required option '(.+?)' not specified/, "错误：缺少必需的选项 $1"],
    [/^error: unknown command '(.+?)'/, "错误：未知命令 $1（可用命令：parse、check、fix、rules）"],
    [/^error: too many arguments.*/, "错误：参数过多"],
  ];
  for (const [re, zh] of rules) {
    const m = re.exec(s);
    if (m) return `jixiao: ${m[0].replace(re, zh)}\n`;
  }
  return s;
}
