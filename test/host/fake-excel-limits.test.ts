/**
 * The fake Office.js runtime enforces the limits real Excel has (excel-limits.md): these tests
 * drive the fake directly, the way a careless host would, and expect Excel's failures.
 */
import type { SheetGrid } from "../../src/domain/grid";
import { createFakeExcel, type FakeExcel } from "./fake-excel";
import { jsonBytes } from "./fake-excel/context";

const longText = (n: number) => "项目支出绩效目标".repeat(Math.ceil(n / 8)).slice(0, n);

function textSheet(rows: number, cols: number, chars: number): SheetGrid {
  return { name: "表", rows: Array.from({ length: rows }, () => Array.from({ length: cols }, () => longText(chars))) };
}

async function loadUsed(fake: FakeExcel, property = "values"): Promise<unknown> {
  return fake.Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("表").getUsedRange().load(property);
    await context.sync();
    return (used as unknown as Record<string, unknown>)[property];
  });
}

describe("payload: a byte budget per sync, counted as Excel serialises it", () => {
  test("Chinese text counts 3 bytes a character in UTF-8 JSON", () => {
    expect(jsonBytes("绩效")).toBe(2 + 6);
    expect(jsonBytes([["a", 1]])).toBe(1 + (1 + 3 + 1 + 1 + 1) + 1);
  });

  test("2 MB of Chinese text in 600k characters fails a 1 MB budget with the payload error", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2_000, 3, 100)] }, { maxBytesPerSync: 1_000_000 });
    await expect(loadUsed(fake)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats.log.at(-1)?.failed).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("or as a bare GeneralException, which Excel on the web often sends instead", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2_000, 3, 100)] }, { maxBytesPerSync: 1_000_000, payloadError: "general" });
    await expect(loadUsed(fake)).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("the default budget is Excel's 5 MB: 6 MB of text fails, 3 MB passes and is counted", async () => {
    await expect(loadUsed(createFakeExcel({ sheets: [textSheet(2_000, 10, 100)] }))).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const fake = createFakeExcel({ sheets: [textSheet(1_000, 10, 100)] });
    await loadUsed(fake);
    expect(fake.stats.maxBytesInOneSync).toBeGreaterThan(3_000_000);
  });
});

describe("merged areas: at most 512, and only those whose top-left cell is in the range", () => {
  const merged = (count: number): SheetGrid => ({
    name: "表",
    rows: Array.from({ length: count * 2 }, (_, r) => [`r${r}`, null]),
    merges: Array.from({ length: count }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 })),
  });

  async function mergedAddress(fake: FakeExcel, address: string): Promise<string | null> {
    return fake.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRange(address).getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.isNullObject ? null : areas.address;
    });
  }

  test("600 areas in one range fail; 256 pass", async () => {
    await expect(mergedAddress(createFakeExcel({ sheets: [merged(600)] }), "A1:B1200")).rejects.toMatchObject({ code: "GeneralException" });
    expect((await mergedAddress(createFakeExcel({ sheets: [merged(600)] }), "A1:B512"))?.split(", ")).toHaveLength(256);
  });

  test("an area that starts above the range is not reported, one that starts inside is", async () => {
    const fake = createFakeExcel({ sheets: [merged(3)] });
    expect(await mergedAddress(fake, "A2:A4")).toBe("表!A3:A4");
  });
});

describe("getRanges: an address list of ~500 areas or 8k characters fails (office-js#5198)", () => {
  async function rangesCount(fake: FakeExcel, address: string): Promise<number> {
    return fake.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("表").getRanges(address).load("areaCount");
      await context.sync();
      return areas.areaCount;
    });
  }
  const list = (n: number) => Array.from({ length: n }, (_, i) => `B${i * 2 + 1}`).join(", ");

  test("300 areas pass, 600 fail with InvalidArgument", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2, 2, 1)] });
    expect(await rangesCount(fake, list(300))).toBe(300);
    await expect(rangesCount(fake, list(600))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("450 long addresses over 8k characters fail", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2, 2, 1)] });
    const long = Array.from({ length: 450 }, (_, i) => `AB${100_000 + i * 2}:AC${100_001 + i * 2}`).join(", ");
    expect(long.length).toBeGreaterThan(8_192);
    await expect(rangesCount(fake, long)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("values written are coerced as Excel coerces them", () => {
  async function writeAndRead(fake: FakeExcel, text: string, format?: string) {
    return fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("表").getRange("C1");
      if (format) cell.numberFormat = [[format]];
      cell.values = [[text]];
      cell.load("values,text,numberFormat");
      await context.sync();
      return { value: cell.values[0][0], text: cell.text[0][0], format: cell.numberFormat[0][0] };
    });
  }
  const fresh = () => createFakeExcel({ sheets: [textSheet(2, 2, 1)] });

  test.each([
    ["100%", { value: 1, text: "100%", format: "0%" }],
    ["12.5%", { value: 0.125, text: "12.5%", format: "0.0%" }],
    ["2023-12-31", { value: 45291, format: "yyyy/m/d" }],
    ["1/2", { format: `m"月"d"日"`, text: "1月2日" }],
    ["+5", { value: 5 }],
    ["-3", { value: -3 }],
    ["-某项", { value: "#NAME?" }],
    ["=合计", { value: "#NAME?" }],
    ["007", { value: 7 }],
  ])("%s through values is not text any more", async (text, expected) => {
    expect(await writeAndRead(fresh(), text)).toMatchObject(expected);
  });

  test.each(["100%", "2023-12-31", "1/2", "+5", "-某项", "=合计", "007"])("%s stays text under number format @ or after an apostrophe", async (text) => {
    expect(await writeAndRead(fresh(), text, "@")).toMatchObject({ value: text, text });
    expect(await writeAndRead(fresh(), `'${text}`)).toMatchObject({ value: text, text });
  });
});

describe("number formats and dates in fixtures", () => {
  test("an ISO date under a date format is stored as its serial; text shows it as formatted", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "表", rows: [["2023-12-31", 14.0049, 0.125]], formats: [[{ numberFormat: "yyyy-mm-dd" }, { numberFormat: "0.00" }, { numberFormat: "0.0%" }]] }],
    });
    expect(await loadUsed(fake, "values")).toEqual([[45291, 14.0049, 0.125]]);
    expect(await loadUsed(fake, "text")).toEqual([["2023-12-31", "14.00", "12.5%"]]);
    expect(await loadUsed(fake, "numberFormat")).toEqual([["yyyy-mm-dd", "0.00", "0.0%"]]);
  });
});

describe("workbook structure protection", () => {
  test("adding, hiding or deleting a sheet fails; protection.protected says so", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2, 2, 1)] });
    fake.protectStructure(true);
    const state = await fake.Excel.run(async (context) => {
      const p = context.workbook.protection.load("protected");
      await context.sync();
      return p.protected;
    });
    expect(state).toBe(true);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("说明");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["表"]);
  });
});

describe("proxies belong to their Excel.run", () => {
  test("a range kept from a finished run cannot queue anything; its loaded values stay readable", async () => {
    const fake = createFakeExcel({ sheets: [textSheet(2, 2, 1)] });
    const kept = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("表").getRange("A1").load("values");
      await context.sync();
      return r;
    });
    expect(kept.values).toEqual([["项"]]);
    await expect(
      fake.Excel.run(async (context) => {
        kept.values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });
});

describe("Office.onReady", () => {
  test("never resolves when office.js is blocked; resolves late when slow", async () => {
    jest.useFakeTimers();
    try {
      let never = false;
      void createFakeExcel({ sheets: [] }, { onReadyDelayMs: "never" }).Office.onReady(() => void (never = true));
      let slow = false;
      void createFakeExcel({ sheets: [] }, { onReadyDelayMs: 10_000 }).Office.onReady(() => void (slow = true));
      await jest.advanceTimersByTimeAsync(9_999);
      expect(slow).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(slow).toBe(true);
      await jest.advanceTimersByTimeAsync(600_000);
      expect(never).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});
