/**
 * The browser workspace in both languages: the bar (打开工作簿, 下载, the file's note, the download
 * summary) follows the pane's language switch, since both sit under one LanguageProvider; the demo
 * banner points at 打开工作簿 in the workspace but not while Excel is still connecting; 帮助 links
 * the handbook beside the pane and, in Office, asks for Office's browser window.
 */
import "./support/browser-globals";
import * as fs from "fs";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { Workspace } from "../../src/ui/workspace/Workspace";
import { MemoryHost } from "../../src/host/memory-host";
import { DEMO_SAMPLES, demoWorkbook } from "../../src/taskpane/demo-workbook";
import { fixturePath } from "../support/fixtures";
import { saveBytes } from "../../src/ui/workspace/save-bytes";

jest.mock("../../src/ui/workspace/save-bytes", () => ({ saveBytes: jest.fn() }));
jest.setTimeout(60_000);

const samples = DEMO_SAMPLES.map((s) => ({ id: s.id, open: () => new MemoryHost(demoWorkbook(s.seeds)) }));
const demoHost = (): MemoryHost => new MemoryHost(demoWorkbook(DEMO_SAMPLES[0].seeds));
const bar = (): HTMLElement => screen.getByTestId("workspace-bar");

/** A File as the browser's file input gives it (jsdom's Blob has no arrayBuffer()). */
function fileOf(path: string, name: string): File {
  const bytes = new Uint8Array(fs.readFileSync(path));
  const file = new File([bytes], name);
  Object.defineProperty(file, "arrayBuffer", { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

const user = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

test("the bar reads Chinese first and English after the pane's language switch", async () => {
  const u = user();
  render(<Workspace demoHost={demoHost()} samples={samples} />);
  expect(within(bar()).getByRole("button", { name: "打开工作簿" })).toBeTruthy();
  expect(within(bar()).getByRole("button", { name: "下载" })).toBeTruthy();
  expect(within(bar()).getByLabelText("选择工作簿文件")).toBeTruthy();
  expect(bar().getAttribute("aria-label")).toBe("工作簿");

  await u.click(screen.getByRole("button", { name: "English（切换到英文）" }));
  expect(within(bar()).getByRole("button", { name: "Open workbook" })).toBeTruthy();
  expect(within(bar()).getByRole("button", { name: "Download" })).toBeTruthy();
  expect(within(bar()).getByLabelText("Choose a workbook file")).toBeTruthy();
  expect(bar().getAttribute("aria-label")).toBe("Workbook");
  expect(screen.getByTestId("demo-open-own").textContent).toContain("Open workbook");
});

test("the demo banner points at 打开工作簿 in the workspace, not while Excel is still connecting", () => {
  const { unmount } = render(<Workspace demoHost={demoHost()} samples={samples} />);
  expect(screen.getByTestId("demo-banner").textContent).toContain("也可以点击“打开工作簿”");
  unmount();
  render(<Workspace demoHost={demoHost()} samples={samples} connecting />);
  expect(screen.getByTestId("demo-banner").textContent).not.toContain("打开工作簿");
  expect(screen.queryByTestId("demo-open-own")).toBeNull();
});

test.each([
  ["zh-CN", "（只在本机浏览器中读取，不上传）", /^没有修改的单元格，下载的是原文件：seed-002-compact.*\.xlsx$/],
  ["en", " (read in this browser only, never uploaded)", /^No cell changed; the download is the original file: seed-002-compact.*\.xlsx$/],
])("%s: an opened workbook's note and the download summary", async (lang, note, summary) => {
  const u = user();
  render(<Workspace demoHost={demoHost()} samples={samples} />);
  if (lang === "en") await u.click(screen.getByRole("button", { name: "English（切换到英文）" }));
  await u.upload(screen.getByTestId("workspace-file"), fileOf(fixturePath("seed-002-compact"), "seed-002-compact.xlsx"));
  expect((await screen.findByTestId("workspace-name")).textContent).toBe(`seed-002-compact.xlsx${note}`);
  // the banner goes once the user's own workbook is open
  expect(screen.queryByTestId("demo-banner")).toBeNull();
  await u.click(within(bar()).getByRole("button", { name: lang === "en" ? "Download" : "下载" }));
  expect((await screen.findByTestId("workspace-message")).textContent).toMatch(summary);
  expect(saveBytes).toHaveBeenCalled();
});

test("a file the browser cannot read keeps the file layer's Chinese message naming the file", async () => {
  const u = user();
  render(<Workspace demoHost={demoHost()} samples={samples} />);
  await u.click(screen.getByRole("button", { name: "English（切换到英文）" }));
  await u.upload(screen.getByTestId("workspace-file"), fileOf(fixturePath("corrupt"), "corrupt.xlsx"));
  const message = await screen.findByTestId("workspace-message");
  expect(message.textContent).toContain("corrupt.xlsx");
  expect(message.textContent).toMatch(/已损坏/);
  // the message stays until the user closes it (in the pane's language) or opens another file
  await u.click(within(message).getByRole("button", { name: "Dismiss" }));
  expect(screen.queryByTestId("workspace-message")).toBeNull();
});

describe("帮助", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("links the handbook beside the pane, in a new tab", async () => {
    const u = user();
    render(<Workspace demoHost={demoHost()} samples={samples} />);
    const link = screen.getByRole("link", { name: "帮助" });
    expect(link.getAttribute("href")).toBe(new URL("handbook.html", window.location.href).href);
    expect(link.getAttribute("target")).toBe("_blank");
    await u.click(screen.getByRole("button", { name: "English（切换到英文）" }));
    expect(screen.getByRole("link", { name: "Help" }).getAttribute("href")).toMatch(/\/handbook\.html$/);
  });

  test("in Office, asks for Office's browser window with the handbook's address", async () => {
    const openBrowserWindow = jest.fn();
    (globalThis as { Office?: unknown }).Office = { context: { ui: { openBrowserWindow } } };
    const u = user();
    render(<Workspace demoHost={demoHost()} samples={samples} />);
    await u.click(screen.getByRole("link", { name: "帮助" }));
    expect(openBrowserWindow).toHaveBeenCalledWith(new URL("handbook.html", window.location.href).href);
  });
});
