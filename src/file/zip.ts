/**
 * A zip package read from its central directory (APPNOTE 4.3.12–4.3.16), the way Excel reads one:
 * the directory at the end of the file says where each part is and how large it is, so sizes are
 * known before anything is inflated. ZIP64 directories are read; data descriptors need nothing
 * (the central directory carries the sizes the local header leaves as zero). Parts are inflated by
 * fflate in slices, and a part that inflates to more than the directory declared is refused, so a
 * lying directory cannot make the reader inflate without bound.
 */
import { Inflate } from "fflate";
import { concatBytes } from "./bytes";
import type { FileLimits } from "./limits";
import { megabytes } from "./limits";
import { corruptError, ReadError } from "./read-error";

export interface ZipEntry {
  name: string;
  /** general purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name */
  flags: number;
  method: number;
  /** MS-DOS time and date, copied into a patched package unchanged */
  time: number;
  date: number;
  crc: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** compressed bytes handed to the inflater at a time: bounds what one push can produce before the size check */
const SLICE = 64 * 1024;
const names = new TextDecoder("utf-8");

/**
 * Inflates a raw DEFLATE stream that the zip directory says is `size` bytes, producing no more than
 * that (throwing instead). The CLI passes Node's zlib (native, several times faster than fflate on
 * large parts); without one, fflate inflates in slices and stops at the declared size.
 */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array;

export class ZipPackage {
  readonly entries = new Map<string, ZipEntry>();
  /** part names compare without case in OPC (Part 2, 6.2.2.3): "xl/Worksheets/Sheet1.xml" is xl/worksheets/sheet1.xml */
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: FileLimits,
    private readonly inflater?: Inflater,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dir = findDirectory(view, file);
    let at = dir.offset;
    for (let i = 0; i < dir.count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw corruptError(file, "zip 目录不完整");
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const entry: ZipEntry = {
        name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        flags: view.getUint16(at + 8, true),
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        method: view.getUint16(at + 10, true),
        time: view.getUint16(at + 12, true),
        date: view.getUint16(at + 14, true),
        crc: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      };
      readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
      this.entries.set(entry.name, entry);
      this.byLowerName.set(entry.name.toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    this.checkDeclaredSizes();
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The part's name as stored, for a name that may differ in case. */
  storedName(name: string): string {
    return this.entry(name)?.name ?? name;
  }

  private entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** Inflates one part, handing its bytes over in slices (for the sheet parser) as they come. */
  read(name: string, onBytes: (chunk: Uint8Array) => void): void {
    const entry = this.entry(name);
    if (!entry) throw corruptError(this.file, `缺少部件 ${name}`);
    if (entry.encrypted) throw new ReadError(`文件“${this.file}”已加密，无法读取。请在 Excel 中取消密码保护并另存为 .xlsx 后重试。`, "encrypted", this.file);
    const data = this.compressedData(entry);
    let produced = 0;
    const count = (chunk: Uint8Array): void => {
      produced += chunk.length;
      this.inflated += chunk.length;
      if (produced > entry.size) throw corruptError(this.file, `部件 ${name} 解压后超过 zip 目录声明的 ${entry.size} 字节`);
      if (this.inflated > this.limits.inflatedBytes) throw this.tooLarge(`解压后总大小超过上限 ${megabytes(this.limits.inflatedBytes)}`);
      onBytes(chunk);
    };
    if (entry.method === STORED) {
      count(data);
    } else if (entry.method === DEFLATED && this.inflater) {
      let out: Uint8Array;
      try {
        out = this.inflater(data, entry.size);
      } catch (e) {
        throw corruptError(this.file, `部件 ${name} 无法解压：${e instanceof Error ? e.message : String(e)}`);
      }
      count(out);
    } else if (entry.method === DEFLATED) {
      const inflater = new Inflate((chunk) => count(chunk));
      try {
        for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
        if (data.length === 0) inflater.push(data, true);
      } catch (e) {
        if (e instanceof ReadError) throw e;
        throw corruptError(this.file, `部件 ${name} 无法解压：${e instanceof Error ? e.message : String(e)}`);
      }
    } else {
      throw corruptError(this.file, `部件 ${name} 使用了不支持的压缩方式 ${entry.method}`);
    }
    if (produced !== entry.size) throw corruptError(this.file, `部件 ${name} 解压后为 ${produced} 字节，与 zip 目录声明的 ${entry.size} 字节不符`);
  }

  /** A whole part as one array (the small parts: workbook, relationships, styles). */
  readBytes(name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    this.read(name, (c) => chunks.push(c));
    return concatBytes(chunks);
  }

  /** The part's stored bytes as they are in the file (the patch writer copies them unchanged). */
  compressedData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL) throw corruptError(this.file, `部件 ${entry.name} 的位置不对`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw corruptError(this.file, `部件 ${entry.name} 被截断`);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** Only the parts a reader inflates count (XML and relationships), not pictures it never opens. */
  private checkDeclaredSizes(): void {
    let total = 0;
    for (const e of this.entries.values()) {
      if (!/\.(xml|rels)$/i.test(e.name)) continue;
      if (e.size > this.limits.partBytes) throw this.tooLarge(`部件 ${e.name} 解压后有 ${megabytes(e.size)}，超过单个部件的上限 ${megabytes(this.limits.partBytes)}`);
      total += e.size;
    }
    if (total > this.limits.inflatedBytes) throw this.tooLarge(`解压后共 ${megabytes(total)}，超过上限 ${megabytes(this.limits.inflatedBytes)}`);
  }

  /** The parts in the order of the zip directory (the patch writer keeps it). */
  list(): ZipEntry[] {
    return [...this.entries.values()];
  }

  private tooLarge(what: string): ReadError {
    return new ReadError(`文件“${this.file}”过大，未读取：${what}。`, "too-large", this.file);
  }
}

interface Directory {
  count: number;
  offset: number;
}

function findDirectory(view: DataView, file: string): Directory {
  // the end record is in the last 22 bytes plus at most a 65,535-byte comment
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    const offset = view.getUint32(at + 16, true);
    if (count === 0xffff || offset === 0xffffffff) return zip64Directory(view, at, file);
    if (offset > view.byteLength) throw corruptError(file, "zip 目录位置超出文件末尾");
    return { count, offset };
  }
  throw corruptError(file, "找不到 zip 目录");
}

function zip64Directory(view: DataView, eocd: number, file: string): Directory {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw corruptError(file, "ZIP64 目录定位记录缺失");
  const at = uint64(view, locator + 8);
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) throw corruptError(file, "ZIP64 目录记录缺失");
  const count = uint64(view, at + 32);
  const offset = uint64(view, at + 48);
  if (offset > view.byteLength || count > view.byteLength / 46) throw corruptError(file, "ZIP64 目录超出文件末尾");
  return { count, offset };
}

/** The ZIP64 extra field (id 1) holds, in order, whichever of the sizes and offset were 0xFFFFFFFF. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const v = field + 8 <= at + 4 + size ? uint64(view, field) : 0;
        field += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    at += 4 + size;
  }
}

/** A 64-bit little-endian size; beyond 2^53 it cannot be a real part of a file in memory anyway. */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}
