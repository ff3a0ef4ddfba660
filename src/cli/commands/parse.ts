/** `jixiao parse FILE…`: every file's tables as JSON on stdout; unreadable files on stderr, exit 2. */
import { readWorkbook } from "../../domain/reader";
import { loadWorkbookGrid } from "../load-grid";
import { EXIT_OK, EXIT_UNREADABLE, type CliIO } from "../io";
import { modelJson, type ParsedFileJson } from "../parse-json";
import { ReadError } from "../read-error";

export async function runParse(files: string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  const out: ParsedFileJson[] = [];
  for (const file of files) {
    try {
      const model = readWorkbook(await loadWorkbookGrid(file));
      const json = modelJson(file, model);
      for (const p of model.problems) io.err(`jixiao: ${file}：${p.message}\n`);
      if (json.error) code = EXIT_UNREADABLE;
      out.push(json);
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      io.err(`jixiao: ${e.message}\n`);
      out.push({ file, tables: [], error: e.message });
      code = EXIT_UNREADABLE;
    }
  }
  io.out(JSON.stringify({ version: 1, files: out }, null, 2) + "\n");
  return code;
}
