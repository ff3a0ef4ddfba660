/**
 * Writing a zip package: parts copied with their stored (compressed) bytes as they were, new or
 * changed parts deflated, in the order given. Sizes are known, so no data descriptors are written.
 */
import { deflateSync } from "fflate";
import { concatBytes } from "./bytes";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./zip";

/** A part to write: either copied from a package (its entry and stored bytes) or new content. */
export type OutputPart = { name: string; copied: ZipEntry; data: Uint8Array } | { name: string; content: Uint8Array; like?: ZipEntry };

/** 1980-01-01 00:00, the zip epoch: a new part gets a fixed time, so the same input writes the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(parts: OutputPart[]): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const names = new TextEncoder();
  for (const part of parts) {
    let stored: ZipEntry;
    let data: Uint8Array;
    if ("copied" in part) {
      stored = part.copied;
      data = part.data;
    } else {
      const like = part.like;
      data = deflateSync(part.content, { level: 6 });
      stored = {
        name: part.name,
        flags: like ? like.flags : 0x0800,
        encrypted: false,
        method: 8,
        time: like?.time ?? 0,
        date: like?.date ?? DOS_DATE,
        crc: crc32(part.content),
        size: part.content.length,
        compressedSize: data.length,
        localOffset: 0,
      };
    }
    const name = names.encode(part.name);
    out.push(header(0x04034b50, stored, name, offset, false), data);
    central.push(header(0x02014b50, stored, name, offset, true));
    offset += 30 + name.length + data.length;
  }
  const directory = concatBytes(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, central.length, true);
  end.setUint16(10, central.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concatBytes([...out, directory, new Uint8Array(end.buffer)]);
}

/** A local (30 bytes) or central (46 bytes) file header; the sizes are known, so bit 3 (data descriptor) is cleared. */
function header(signature: number, e: ZipEntry, name: Uint8Array, offset: number, central: boolean): Uint8Array {
  const fixed = central ? 46 : 30;
  const bytes = new Uint8Array(fixed + name.length);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, signature, true);
  const at = central ? 2 : 0;
  if (central) v.setUint16(4, 20, true);
  v.setUint16(4 + at, 20, true);
  v.setUint16(6 + at, e.flags & ~0x0008, true);
  v.setUint16(8 + at, e.method, true);
  v.setUint16(10 + at, e.time, true);
  v.setUint16(12 + at, e.date, true);
  v.setUint32(14 + at, e.crc, true);
  v.setUint32(18 + at, e.compressedSize, true);
  v.setUint32(22 + at, e.size, true);
  v.setUint16(26 + at, name.length, true);
  if (central) v.setUint32(42, offset, true);
  bytes.set(name, fixed);
  return bytes;
}
