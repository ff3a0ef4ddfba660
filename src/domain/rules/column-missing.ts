import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { COLUMN_NAMES } from "./support/columns";
import { toA1 } from "../address";

/** A standard column the table's layout expects but its header lacks. */
export const columnMissing: Rule = createRule({
  meta: {
  id: "column-missing",
  severity: "error",
  category: "structure",
  title: "缺少标准列",
  titleEn: "Standard column missing",
  scope: "table",
  fixable: false,
  messages: {
    columnMissing: {
      zh: "表头（第{headerRow}行）缺少“{column}”列，相关检查无法进行。请补上该列。",
      en: "The header (row {headerRow}) has no \"{columnZh}\" ({column}) column.",
    },
  },
  doc: {
    what: "检查表头是否包含该版式应有的全部标准列（如“总计”“财政拨款”“财政专户拨款”“其他资金”“绩效目标”“绩效指标”）。",
    why: "缺少一列，相应的金额勾稽或指标检查就无从进行，公开的表格也不完整。",
    bad: "表头为“项目名称（资金使用单位）| 总计 | 财政拨款 | 其他资金 | 绩效目标 | 绩效指标”，缺少“财政专户拨款”。",
    good: "表头为“项目名称（资金使用单位）| 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标”。",
  },
  docEn: {
    what: "Checks that the header has every standard column its layout expects (总计, 财政拨款, 财政专户拨款, 其他资金, 绩效目标, 绩效指标 …).",
    why: "Without the column the money cannot be reconciled or the indicators checked, and the published table is incomplete.",
    bad: "A compact header without 财政专户拨款.",
    good: "The full compact header: 项目名称（资金使用单位）| 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标.",
  },
  },
  check(table) {
    // the header row's first cell: the place a user fixes a header. `columns` count from the
    // grid's first column, which is not column A when the grid starts further right (a used range
    // read by the pane): the reader's own header address is the one to name
    const first = (Object.entries(table.columns) as [keyof typeof table.headerCells, unknown][])
      .filter((e): e is [keyof typeof table.headerCells, number] => typeof e[1] === "number")
      .sort((a, b) => a[1] - b[1])[0];
    const cell = (first && table.headerCells[first[0]]) || toA1(table.headerRow - 1, 0);
    return table.missingColumns.map((key) => {
      const name = COLUMN_NAMES[key];
      return rowFinding(columnMissing, table, null, {
        cell,
        field: name.zh,
        subject: key,
        messageId: "columnMissing",
        data: { headerRow: table.headerRow, column: name, columnZh: name.zh },
      });
    });
  },
});
