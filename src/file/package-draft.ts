/**
 * A package being patched or built: the parts of an opened zip (read only when asked, copied
 * with their stored bytes when untouched) plus the parts written, added or removed. The patch
 * operations read and write part text through it; `toBytes` writes the zip, keeping the opened
 * order and appending new parts at the end.
 */
import { ZipPackage } from "./zip";
import { writeZip, type OutputPart } from "./zip-write";

export class PackageDraft {
  private readonly written = new Map<string, Uint8Array>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();

  constructor(
    readonly file: string,
    private readonly zip?: ZipPackage,
  ) {}

  /** The part's stored name (OPC names compare without case). */
  name(part: string): string {
    const lower = part.toLowerCase();
    const added = this.added.find((n) => n.toLowerCase() === lower);
    if (added) return added;
    return this.zip?.has(part) ? this.zip.storedName(part) : part;
  }

  has(part: string): boolean {
    const name = this.name(part);
    if (this.removed.has(name)) return false;
    return this.written.has(name) || (this.zip?.has(name) ?? false);
  }

  text(part: string): string {
    const name = this.name(part);
    const bytes = this.written.get(name) ?? this.zip?.readBytes(name);
    if (!bytes || this.removed.has(name)) throw new Error(`part ${part} is not in the package`);
    return new TextDecoder("utf-8").decode(bytes);
  }

  setText(part: string, xml: string): void {
    const name = this.name(part);
    this.removed.delete(name);
    if (!this.written.has(name) && !this.zip?.has(name) && !this.added.includes(name)) this.added.push(name);
    this.written.set(name, new TextEncoder().encode(xml));
  }

  remove(part: string): void {
    this.removed.add(this.name(part));
  }

  /** Every part name, in the order they will be written. */
  names(): string[] {
    const opened = this.zip ? this.zip.list().map((e) => e.name) : [];
    return [...opened, ...this.added].filter((n) => !this.removed.has(n));
  }

  toBytes(): Uint8Array {
    const parts: OutputPart[] = [];
    const entries = new Map((this.zip?.list() ?? []).map((e) => [e.name, e]));
    for (const name of this.names()) {
      const content = this.written.get(name);
      const entry = entries.get(name);
      if (content) parts.push({ name, content, like: entry });
      else if (entry && this.zip) parts.push({ name, copied: entry, data: this.zip.compressedData(entry) });
    }
    return writeZip(parts);
  }
}
