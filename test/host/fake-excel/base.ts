/**
 * Proxy objects that behave like Office.js client objects: load() only queues a request, the value
 * arrives at the next sync(), and reading a property that was not loaded (or before that sync)
 * throws PropertyNotLoaded. A proxy binds to its workbook object the first time a synced operation
 * uses it, as an Office.js object path does.
 */
import { FakeOfficeError, jsonBytes, propertyNotLoaded, type FakeContext } from "./context";

/** "values, address" | ["values"] | { format: { font: { bold: true } } } → ["values", "address"] … */
export function loadNames(spec: unknown): string[] {
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadNames(s));
  if (spec && typeof spec === "object") {
    const out: string[] = [];
    for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
      if (k.startsWith("$")) continue;
      if (v === true) out.push(k);
      else if (v && typeof v === "object") out.push(...loadNames(v).map((n) => `${k}/${n}`));
    }
    return out;
  }
  return [];
}

export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: { value: T | null } | undefined;

  constructor(
    readonly context: FakeContext,
    protected readonly typeName: string,
  ) {}

  /** Finds the workbook object; null for an *OrNullObject that found nothing; throws if missing. */
  protected abstract resolve(): T | null;

  /** The value of a loadable property; throws for a property this type does not have. */
  protected abstract readProperty(name: string, target: T): unknown;

  /** How many cells loading this property transfers (for the payload counters). */
  protected cellsOf(_name: string, _target: T): number {
    return 0;
  }

  /** The bound object, or null for a null object. Only call at sync time. */
  target(): T | null {
    if (!this.bound) this.bound = { value: this.resolve() };
    return this.bound.value;
  }

  /** The bound object for an action; acting on a null object fails like Office.js does. */
  required(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError("InvalidObjectPath", `The ${this.typeName} is a null object.`, this.typeName);
    return t;
  }

  load(spec?: unknown): this {
    const names = loadNames(spec);
    if (!names.length) {
      // Office.js would load every scalar property; the house rule (no-empty-load) forbids it.
      throw new Error(`fake-excel: ${this.typeName}.load() without property names`);
    }
    this.context.enqueue({
      kind: "read",
      run: () => {
        const t = this.target();
        this.nullState = t === null;
        if (t === null) return 0;
        let cells = 0;
        let bytes = 0;
        for (const name of names) {
          const value = this.readProperty(name, t);
          this.loaded.set(name, value);
          cells += this.cellsOf(name, t);
          bytes += jsonBytes(value);
        }
        return { cells, bytes };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** Collections fill their items' properties directly when the collection load runs. */
  preload(values: Record<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  protected get<V>(name: string): V {
    if (this.nullState === true) {
      throw new FakeOfficeError("InvalidObjectPath", `Read of '${name}' on a null ${this.typeName}; test isNullObject first.`);
    }
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  protected unknownProperty(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `fake-excel: ${this.typeName} has no loadable property '${name}'.`);
  }
}

/** A method result (e.g. getCellProperties): `value` exists only after the sync that computed it. */
export class FakeClientResult<V> {
  private done = false;
  private result: V | undefined;

  constructor(context: FakeContext, compute: () => { value: V; cells: number }) {
    context.enqueue({
      kind: "read",
      run: () => {
        const { value, cells } = compute();
        this.result = value;
        this.done = true;
        return { cells, bytes: jsonBytes(value) };
      },
    });
  }

  get value(): V {
    if (!this.done) throw propertyNotLoaded("ClientResult", "value");
    return this.result as V;
  }
}
