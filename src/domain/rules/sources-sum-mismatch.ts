import { amountMicros, Big, formatMoney } from "../money";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { cellAmount, withUnit } from "./support/money-rows";

const SOURCES = ["fiscal", "special", "other"] as const;
const SOURCE_NAMES = { fiscal: "财政拨款", special: "财政专户拨款", other: "其他资金" } as const;

/** 总计 = 财政拨款 + 财政专户拨款 + 其他资金 on every row (projects, agencies, 合计). */
export const sourcesSumMismatch: Rule = createRule({
  meta: {
  id: "sources-sum-mismatch",
  severity: "error",
  category: "money",
  title: "总计与资金来源之和不符",
  titleEn: "Total differs from the sum of its sources",
  scope: "agency",
  fixable: false,
  messages: {
    sourcesDiffer: {
      zh: "“{row}”的总计为{total}，但各资金来源之和为{sum}（{written}），相差{difference}。总计应等于财政拨款、财政专户拨款与其他资金之和。",
      en: "\"{row}\": total {total} but its sources add up to {sum} (difference {difference}).",
    },
  },
  doc: {
    what: "逐行核对“总计”是否等于“财政拨款 + 财政专户拨款 + 其他资金”（精确到分，差0.01也算不符）。",
    why: "总计是各资金来源之和，不相等说明某个数字填错或漏填，公开后会被质疑。",
    bad: "总计 14.00，财政拨款 12.00，其他资金 1.00（合计13.00）。",
    good: "总计 14.00，财政拨款 13.00，其他资金 1.00。",
  },
  docEn: {
    what: "On every row, checks that 总计 equals 财政拨款 + 财政专户拨款 + 其他资金 exactly (a gap of 0.01 counts).",
    why: "The total is the sum of its sources; a gap means a figure is wrong or missing.",
    bad: "总计 14.00 with 财政拨款 12.00 and 其他资金 1.00 (13.00).",
    good: "总计 14.00 with 财政拨款 13.00 and 其他资金 1.00.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      // every row with amounts: projects, agencies and 合计
      row(row) {
        if (!row.amounts) return;
        const a = row.amounts;
        if (a.total.kind === "invalid" || a.fiscal.kind === "invalid" || a.special.kind === "invalid" || a.other.kind === "invalid") return; // amount-not-number
        if (a.total.kind === "empty" && a.fiscal.kind === "empty" && a.special.kind === "empty" && a.other.kind === "empty") return;
        // the usual row adds up in exact millionths: no big.js value is made for it
        const t = amountMicros(a.total);
        const f = amountMicros(a.fiscal);
        const sp = amountMicros(a.special);
        const o = amountMicros(a.other);
        if (t !== null && f !== null && sp !== null && o !== null && Number.isSafeInteger(f + sp + o) && t === f + sp + o) return;
        const total = cellAmount(row, "total")!;
        let sum = new Big(0);
        for (const f of SOURCES) sum = sum.plus(cellAmount(row, f)!);
        if (sum.eq(total)) return;
        const diff = total.minus(sum);
        const written = SOURCES.filter((f) => row.amounts?.[f].kind === "number")
          .map((f) => `${SOURCE_NAMES[f]}${formatMoney(cellAmount(row, f)!)}`)
          .join(" + ");
        out.push(
          rowFinding(sourcesSumMismatch, table, row, {
            cell: row.amountCells.total ?? row.nameCell,
            field: "总计",
            subject: `${formatMoney(total)}=${SOURCES.map((f) => formatMoney(cellAmount(row, f)!)).join("+")}`,
            messageId: "sourcesDiffer",
            data: {
              row: row.name,
              total: withUnit(total, table),
              sum: withUnit(sum, table),
              written: { zh: written || "均未填写", en: written || "none written" },
              difference: withUnit(diff.abs(), table),
            },
            expected: formatMoney(sum),
            actual: formatMoney(total),
            difference: formatMoney(diff),
            parts: SOURCES.map((f) => ({
              cell: row.amountCells[f] ?? row.nameCell,
              name: SOURCE_NAMES[f],
              amount: formatMoney(cellAmount(row, f)!),
            })),
          }),
        );
      },
    };
  },
});
