/** Fake conditional formats: the collection of a range or RangeAreas, a rule, its custom formula and fill. */
import {
  addConditionalFormat,
  type ConditionalFormatRule,
  type MemorySheet,
} from "../../../src/host/memory-workbook";
import { intersects, type CellRect } from "../../../src/host/ranges";
import { FakeClientResult, FakeObject } from "./base";
import { FakeOfficeError, propertyNotLoaded } from "./context";
import { assertWritable, type SheetSource } from "./shared";

type Bound = { sheet: MemorySheet; rule: ConditionalFormatRule };

export class FakeConditionalFormat extends FakeObject<Bound> {
  constructor(
    private readonly source: SheetSource,
    private readonly find: (sheet: MemorySheet) => ConditionalFormatRule | null,
  ) {
    super(source.context, "ConditionalFormat");
  }

  protected resolve(): Bound | null {
    const sheet = this.source.required();
    const rule = this.find(sheet);
    return rule ? { sheet, rule } : null;
  }

  protected readProperty(name: string, { sheet, rule }: Bound): unknown {
    if (name === "id") return rule.id;
    if (name === "type") return rule.type;
    if (name === "priority") return sheet.conditionalFormats.indexOf(rule);
    return this.unknownProperty(name);
  }

  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }

  /** Only valid for a Custom rule; Office.js fails the batch otherwise (use customOrNullObject). */
  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(this);
  }

  delete(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const { sheet, rule } = this.required();
        assertWritable(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== rule);
      },
    });
  }

  boundCustom(): Bound {
    const bound = this.required();
    if (bound.rule.type !== "Custom") {
      throw new FakeOfficeError("InvalidOperation", `Conditional format ${bound.rule.id} is of type ${bound.rule.type}, not Custom.`);
    }
    return bound;
  }
}

export class FakeCustomConditionalFormat {
  readonly rule: FakeConditionalRangeRule;
  readonly format: { fill: { color: string }; font: { color: string } };

  constructor(owner: FakeConditionalFormat) {
    this.rule = new FakeConditionalRangeRule(owner);
    const write = (apply: (b: Bound) => void) =>
      owner.context.enqueue({
        kind: "write",
        run: () => {
          const b = owner.boundCustom();
          assertWritable(b.sheet);
          apply(b);
        },
      });
    this.format = {
      fill: {
        get color(): string {
          throw propertyNotLoaded("ConditionalRangeFill", "color");
        },
        set color(color: string) {
          write((b) => (b.rule.fill = color));
        },
      },
      font: {
        get color(): string {
          throw propertyNotLoaded("ConditionalRangeFont", "color");
        },
        set color(color: string) {
          write((b) => (b.rule.fontColor = color));
        },
      },
    };
  }
}

export class FakeConditionalRangeRule extends FakeObject<Bound> {
  constructor(private readonly owner: FakeConditionalFormat) {
    super(owner.context, "ConditionalFormatRule");
  }

  protected resolve(): Bound {
    return this.owner.boundCustom();
  }

  protected readProperty(name: string, { rule }: Bound): unknown {
    if (name === "formula") return rule.formula;
    return this.unknownProperty(name);
  }

  get formula(): string {
    return this.get("formula");
  }

  set formula(formula: string) {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const b = this.owner.boundCustom();
        assertWritable(b.sheet);
        b.rule.formula = formula;
      },
    });
  }
}

/** The conditional formats that intersect a range (or the areas of a RangeAreas). */
export class FakeConditionalFormatCollection {
  private loadedItems: FakeConditionalFormat[] | undefined;
  readonly context;

  constructor(
    private readonly source: SheetSource,
    private readonly scope: () => CellRect[],
  ) {
    this.context = source.context;
  }

  private inScope(sheet: MemorySheet): ConditionalFormatRule[] {
    const areas = this.scope();
    return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => areas.some((a) => intersects(r, a))));
  }

  add(type: string): FakeConditionalFormat {
    if (type !== "Custom" && type !== "CellValue") throw new Error(`fake-excel: conditional format type ${type} is not modelled`);
    const holder: { rule?: ConditionalFormatRule } = {};
    const cf = new FakeConditionalFormat(this.source, () => {
      if (!holder.rule) throw new FakeOfficeError("ItemNotFound", "The conditional format was not created.");
      return holder.rule;
    });
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.source.required();
        assertWritable(sheet);
        holder.rule = addConditionalFormat(this.context.state.workbook, sheet, {
          type: type as ConditionalFormatRule["type"],
          ranges: this.scope(),
          formula: "",
          fill: null,
          fontColor: null,
        });
      },
    });
    return cf;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.source, (sheet) => {
      const rule = sheet.conditionalFormats.find((cf) => cf.id === id);
      if (!rule) throw new FakeOfficeError("ItemNotFound", `Conditional format ${id} doesn't exist.`);
      return rule;
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.source, (sheet) => sheet.conditionalFormats.find((cf) => cf.id === id) ?? null);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => ({ value: this.inScope(this.source.required()).length, cells: 0 }));
  }

  /** load("items/id, items/type"): the items, each with those properties, after the next sync. */
  load(spec: string): this {
    const names = spec.split(",").map((s) => s.trim().replace(/^items\//, ""));
    if (!names.every((n) => n === "id" || n === "type" || n === "priority")) {
      throw new Error(`fake-excel: ConditionalFormatCollection.load("${spec}") is not modelled`);
    }
    this.context.enqueue({
      kind: "read",
      run: () => {
        const sheet = this.source.required();
        this.loadedItems = this.inScope(sheet).map((rule) => {
          const item = new FakeConditionalFormat(this.source, (s) => s.conditionalFormats.find((cf) => cf === rule) ?? null);
          const values: Record<string, unknown> = {};
          for (const n of names) values[n] = n === "priority" ? sheet.conditionalFormats.indexOf(rule) : rule[n as "id" | "type"];
          item.preload(values);
          return item;
        });
      },
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw propertyNotLoaded("ConditionalFormatCollection", "items");
    return this.loadedItems;
  }

  /** Removes every rule touching the scope, the user's included: our hosts must never call it. */
  clearAll(): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        const sheet = this.source.required();
        assertWritable(sheet);
        const doomed = new Set(this.inScope(sheet));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
      },
    });
  }
}
