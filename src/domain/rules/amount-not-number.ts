import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { AMOUNT_FIELDS, COLUMN_NAMES } from "./support/columns";

/** An amount cell holding text that is not a number (待定, #REF!, 12万). */
export const amountNotNumber: Rule = createRule({
  meta: {
  id: "amount-not-number",
  severity: "error",
  category: "structure",
  title: "金额不是数字",
  titleEn: "Amount is not a number",
  scope: "agency",
  fixable: false,
  messages: {
    notNumber: {
      zh: "“{row}”的{column}为“{text}”，不是数字，无法参与汇总。请填写金额数字（无此项资金时留空或填“-”）。",
      en: "The {column} of \"{row}\" is \"{text}\", which is not a number.",
    },
  },
  doc: {
    what: "检查“总计”“财政拨款”“财政专户拨款”“其他资金”各金额单元格是否为数字（允许千分位逗号、全角数字，空白或“-”表示无此项资金）。",
    why: "金额不是数字就无法汇总和勾稽，公开后读者也无法核对。",
    bad: "财政拨款填“待定”或“#REF!”。",
    good: "财政拨款填“12.00”；没有该来源的资金时留空或填“-”。",
  },
  docEn: {
    what: "Checks that every amount cell (总计, 财政拨款, 财政专户拨款, 其他资金) holds a number (thousands separators and full-width digits are fine; blank or '-' means none).",
    why: "Text amounts cannot be summed or reconciled.",
    bad: "财政拨款 holding 待定 or #REF!.",
    good: "财政拨款 holding 12.00, or blank / '-' when there is no money from that source.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      // every row with amounts: projects, agencies and 合计
      row(row) {
        if (!row.amounts) return;
        for (let j = 0; j < AMOUNT_FIELDS.length; j++) {
          const field = AMOUNT_FIELDS[j];
          const a = row.amounts[field];
          if (a.kind !== "invalid") continue;
          const col = COLUMN_NAMES[field];
          out.push(
            rowFinding(amountNotNumber, table, row, {
              cell: row.amountCells[field] ?? row.nameCell,
              field: col.zh,
              subject: a.text,
              messageId: "notNumber",
              data: { row: row.name, column: col, text: a.text },
            }),
          );
        }
      },
    };
  },
});
