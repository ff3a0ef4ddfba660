import { formatMoney } from "../money";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import { cellAmount, withUnit } from "./support/money-rows";
import { inTableUnit, moneyMentions, type MoneyMention } from "./support/money-text";

/** The clause around a sum must say it is the project's money … */
const FUNDING = /安排|预算|资金|经费|投入|申请|拨付|拨款|总额|共计|合计|金额|支出|费用/;
/** … and not some other money: money attracted, produced, saved, per head, part of a whole, or multi-year */
const OTHER_MONEY =
  /引进|引入|吸引|招商|撬动|带动|拉动|融资|贷款|投资|产值|营业|营收|收入|销售|交易|成交|税|利润|效益|其中|每|人均|标准|累计|奖励|补助|补贴|节约|节省|挽回|追回|减少|降低|增加|增长|超过|达到|以上|总预算|实施周期|分年|分期|往年|上年|去年/;

const stops = /[，,。；;！!？?\n]/;

/** The clause (between ，。；) holding [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !stops.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b])) b++;
  return text.slice(a, b);
}

/** The sums in a goal that speak of the project's own money. */
export function projectSumsInGoal(goal: string): MoneyMention[] {
  return moneyMentions(goal).filter((m) => {
    const clause = clauseAround(goal, m.start, m.end);
    return FUNDING.test(clause) && !OTHER_MONEY.test(clause);
  });
}

/** The 绩效目标 names a sum for the project that differs from its 总计. */
export const goalAmountMismatch: Rule = createRule({
  meta: {
  id: "goal-amount-mismatch",
  severity: "warning",
  category: "money",
  title: "绩效目标中的金额与项目金额不符",
  titleEn: "Sum in the goal differs from the project amount",
  scope: "project",
  fixable: false,
  messages: {
    sumDiffers: {
      zh: "绩效目标写明本项目资金“{found}”（折合{named}），与本项目总计{total}不符（相差{difference}）。请核对目标中的金额是否沿用了往年或其他项目的数字。",
      en: "The goal names {found} ({named}) for the project, but its total is {total}.",
    },
  },
  doc: {
    what: "在绩效目标文字中找出说明本项目资金的金额（如“安排资金47万元”），折算为本表单位后与该项目“总计”比较。引进资金、吸引投资、产值、单价、“其中”部分、总投资或实施周期总额等其他金额不参与比较。",
    why: "目标文字沿用往年或其他项目的金额，是复制粘贴留下的典型痕迹，会让目标与预算对不上。",
    bad: "项目总计12.00万元，绩效目标写“安排资金47万元，用于……”。",
    good: "绩效目标写“安排资金12万元，用于……”，或不在目标中重复金额。",
  },
  docEn: {
    what: "Finds the sum a goal gives for the project's own money (安排资金47万元), converts it to the table unit and compares it with 总计. Money attracted or produced, unit prices, parts (其中), total investment and multi-year totals are ignored.",
    why: "A sum copied from last year's or another project's goal no longer matches the budget.",
    bad: "Total 12.00 with the goal saying 安排资金47万元.",
    good: "The goal says 安排资金12万元, or names no sum.",
  },
  },
  visitor(table, _ctx, out) {
    return {
      project(row) {
        if (!row.goal?.text || !row.amounts || row.amounts.total.kind !== "number") return;
        const sums = projectSumsInGoal(row.goal.text);
        if (sums.length === 0) return;
        const total = cellAmount(row, "total")!;
        if (sums.some((m) => inTableUnit(m, table.moneyUnit).eq(total))) return;
        const m = sums[0];
        const named = inTableUnit(m, table.moneyUnit);
        const diff = named.minus(total);
        out.push(
          rowFinding(goalAmountMismatch, table, row, {
            cell: row.goal.cell,
            field: "绩效目标",
            subject: `${m.text}|${formatMoney(total)}`,
            messageId: "sumDiffers",
            data: { found: m.text, named: withUnit(named, table), total: withUnit(total, table), difference: withUnit(diff.abs(), table) },
            expected: formatMoney(total),
            actual: formatMoney(named),
            difference: formatMoney(diff),
            parts: [{ cell: row.amountCells.total ?? row.nameCell, name: row.name, amount: formatMoney(total) }],
          }),
        );
      },
    };
  },
});
