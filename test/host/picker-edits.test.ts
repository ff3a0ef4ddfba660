/** The picker's edits, one contract, two hosts (and OfficeHost on a host without triggerSource). */
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { createFakeExcel } from "./fake-excel";
import { pickerContract } from "./picker-contract";

pickerContract("MemoryHost", (source) => {
  const host = "nextId" in source ? MemoryHost.fromWorkbook(source) : new MemoryHost(source);
  return { host, workbook: host.workbook, userEdit: (sheet, cell, value) => host.setCellByUser(sheet, cell, value) };
});

pickerContract("OfficeHost over the fake Office.js", (source) => {
  const fake = createFakeExcel(source);
  return { host: new OfficeHost(fake), workbook: fake.workbook, userEdit: fake.userEdit };
});

pickerContract("OfficeHost over a fake Excel without triggerSource (before ExcelApi 1.14)", (source) => {
  const fake = createFakeExcel(source, { sets: { ExcelApi: "1.13" }, triggerSource: false });
  return { host: new OfficeHost(fake), workbook: fake.workbook, userEdit: fake.userEdit };
});
