/** One contract, two hosts: the in-memory host and the Office.js host over the fake runtime. */
import { MemoryHost } from "../../src/host/memory-host";
import { OfficeHost } from "../../src/host/office-host";
import { createFakeExcel } from "./fake-excel";
import { hostContract } from "./contract";

hostContract("MemoryHost", (source) => {
  const host = "nextId" in source ? MemoryHost.fromWorkbook(source) : new MemoryHost(source);
  return { host, workbook: host.workbook, userEdit: (sheet, cell, value) => host.setCellByUser(sheet, cell, value) };
});

hostContract("OfficeHost over the fake Office.js", (source) => {
  const fake = createFakeExcel(source);
  return { host: new OfficeHost(fake), workbook: fake.workbook, userEdit: fake.userEdit };
});

hostContract("OfficeHost over a fake Excel without triggerSource (before ExcelApi 1.14)", (source) => {
  const fake = createFakeExcel(source, { sets: { ExcelApi: "1.13" }, triggerSource: false });
  return { host: new OfficeHost(fake), workbook: fake.workbook, userEdit: fake.userEdit };
});
