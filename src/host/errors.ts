/**
 * Office errors as Chinese messages a budget officer can act on. Both hosts build their errors
 * here, so the pane shows the same words for the same situation. The Office error code stays on
 * HostError.code and the original error on HostError.cause (for a debug panel), never in the text.
 */
import { HostError } from "./host";

export const hostMessages = {
  protectedSheet: (sheet: string) =>
    `工作表“${sheet}”受保护，无法标记或写入。请先在“审阅 → 撤销工作表保护”中取消保护，再重试；本次没有修改任何单元格。`,
  sheetNotFound: (sheet: string) => `找不到工作表“${sheet}”：它可能已被重命名或删除。请重新检查。`,
  badCell: (sheet: string, cell: string) => `工作表“${sheet}”中的“${cell}”不是有效的单元格地址。`,
  cellEdit: () => "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。",
  closed: () => "工作簿或工作表已关闭（或已被删除），操作没有完成。请重新打开工作簿后再检查。",
  payload: () => "表格太大，超出了 Excel 单次传输的上限（网页版约 5 MB）。请删去表格以外的多余内容，或拆分工作表后再试。",
  general: () => "Excel 暂时无法完成操作（内部错误）。请稍后重试；如果反复出现，请保存并重新打开工作簿。",
  unsupported: (what: string, set: string) => `当前 Excel 版本不支持${what}（需要 ${set}）。请更新 Office，或使用 Microsoft 365 / Excel 网页版。`,
  structureProtected: (sheet: string) =>
    `工作簿的结构受保护，无法添加工作表“${sheet}”。请在“审阅 → 保护工作簿”中取消保护后重试；本次没有修改任何工作表。`,
  invalidOperation: () =>
    "Excel 拒绝了这个操作。常见原因：正在编辑单元格（请按 Enter 或 Esc 结束编辑）、工作簿或工作表受保护、或有对话框未关闭。处理后请重试；如果反复出现，请保存并重新打开工作簿。",
  timeout: (seconds: number) => `Excel 在 ${seconds} 秒内没有响应，操作已停止等待。请点“重试”；如果反复出现，请保存并重新打开工作簿。`,
  marksFailed: (sheets: string[], first: string) => `工作表“${sheets.join("”“")}”没有标记完成（其他工作表已标记）。${first}`,
  other: (code: string) => `Excel 操作失败（${code}）。请重试；如果反复出现，请保存并重新打开工作簿。`,
} as const;

export interface ErrorContext {
  /** the sheet the failing operation was about, when there is one */
  sheet?: string;
  /** "sheet": ItemNotFound means that sheet is gone (renamed or deleted), not the workbook */
  notFound?: "sheet";
}

/** The code of an Office.js error (OfficeExtension.Error has `code`); "" when there is none. */
export function officeErrorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

/**
 * Maps an error thrown inside Excel.run to a HostError. A HostError passes through unchanged; every
 * other error becomes one, so nothing reaches the pane as a raw English message and nothing is
 * swallowed (the original is kept as `cause`).
 */
export function toHostError(error: unknown, context: ErrorContext = {}): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError(hostMessages.cellEdit(), code, error);
    case "AccessDenied":
      return new HostError(
        context.sheet ? hostMessages.protectedSheet(context.sheet) : "Excel 拒绝了修改：工作表或工作簿可能受保护。请取消保护后重试。",
        code,
        error,
      );
    case "ItemNotFound":
    case "InvalidObjectPath":
      if (context.notFound === "sheet" && context.sheet) return new HostError(hostMessages.sheetNotFound(context.sheet), code, error);
      return new HostError(hostMessages.closed(), code, error);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError(hostMessages.payload(), code, error);
    case "GeneralException":
      return new HostError(hostMessages.general(), code, error);
    case "InvalidOperation":
      // Older hosts report a batch refused during cell editing as plain InvalidOperation, but so does
      // Excel for a protected structure or a very hidden sheet deleted: name every likely cause.
      return new HostError(hostMessages.invalidOperation(), code, error);
    case "":
      return new HostError(hostMessages.other("未知错误"), "Unknown", error);
    default:
      return new HostError(hostMessages.other(code), code, error);
  }
}
