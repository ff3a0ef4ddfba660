/**
 * The CLI's side of reading a workbook file: what only Node can do (the file's size and first
 * bytes, checked before it is read whole), then the isomorphic file layer (src/file) for the rest.
 * Whatever goes wrong becomes a ReadError whose Chinese message names the file.
 */
import { promises as fs } from "fs";
import { inflateRawSync } from "zlib";
import type { WorkbookGrid } from "../domain/grid";
import { DEFAULT_LIMITS, fileKind, isCsvName, readWorkbookBytes, ReadError, type FileLimits, type Inflater } from "../file";
import { megabytes } from "../file/limits";

export async function loadWorkbookGrid(file: string, limits: FileLimits = DEFAULT_LIMITS): Promise<WorkbookGrid> {
  const bytes = await readChecked(file, limits);
  return readWorkbookBytes(bytes, file, { limits, inflater: nodeInflate });
}

/**
 * Node's zlib for the file layer: native, several times faster than fflate on a big sheet. zlib
 * stops at maxOutputLength itself, so a part cannot inflate past what the zip directory declared.
 */
export const nodeInflate: Inflater = (data, size) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new Error(`解压后超过 zip 目录声明的 ${size} 字节`);
    throw e;
  }
};

/** The file's bytes, once its size and signature say it is worth reading. */
export async function readChecked(file: string, limits: FileLimits = DEFAULT_LIMITS): Promise<Uint8Array> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new ReadError(`“${file}”是文件夹，不是 xlsx 文件。`, "not-xlsx", file);
    if (stat.size > limits.fileBytes) {
      throw new ReadError(`文件“${file}”过大，未读取：${megabytes(stat.size)}，超过上限 ${megabytes(limits.fileBytes)}。`, "too-large", file);
    }
    handle = await fs.open(file, "r");
    const head = new Uint8Array(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    if (fileKind(head.subarray(0, bytesRead)) === "text" && !isCsvName(file)) {
      throw new ReadError(`文件“${file}”不是 xlsx 工作簿（内容不是 Excel 2007 及以后版本的格式）。`, "not-xlsx", file);
    }
    return await handle.readFile();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ReadError(`找不到文件“${file}”。`, "not-found", file);
    if (code === "EACCES" || code === "EPERM") throw new ReadError(`没有权限读取文件“${file}”。`, "io", file);
    throw new ReadError(`无法读取文件“${file}”：${e instanceof Error ? e.message : String(e)}`, "io", file);
  } finally {
    await handle?.close();
  }
}
