import type { Severity } from "../finding";
import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { rowFinding } from "./support/findings";
import type { Level1Name } from "./support/categories";

interface Need {
  name: Level1Name;
  label: string;
  messageId: string;
  severity: Severity;
}

const LEVEL1_EN: Record<Level1Name, string> = { 产出: "output", 效益: "outcome", 满意度: "satisfaction", 成本: "cost" };
/** Projects that keep the unit itself running (domain.md §8): their 满意度 gap is an info. */
const INTERNAL_RUNNING = /工资|薪酬|雇员|人员经费|公用经费|物业|租赁|租金|办公场地|办公用房|业务用房|运维|维护费|水电|保安|保洁/;

const ORDER: readonly Level1Name[] = ["产出", "效益", "满意度", "成本"];
const BIT: Record<Level1Name, number> = { 产出: 1, 效益: 2, 满意度: 4, 成本: 8 };

/** Each project covers 产出 and 效益 (error), 满意度 (warning; info on internal running), and 成本 (fin101 warning, traditional info). */
export const categoryMissing: Rule = createRule({
  meta: {
  id: "category-missing",
  severity: "error",
  category: "project",
  title: "缺少一级指标类别",
  titleEn: "First-level category missing",
  scope: "project",
  fixable: false,
  options: {
    defaults: { requireSatisfaction: true, requireCost: true },
    schema: (z) => z.object({ requireSatisfaction: z.boolean().default(true), requireCost: z.boolean().default(true) }),
  },
  messages: {
    noOutput: {
      zh: "项目“{project}”没有产出指标（现有：{present}）。请补充产出指标，说明用这笔钱提供多少、多好、多快的产品和服务。",
      en: "Project \"{project}\" has no output indicator.",
    },
    noOutcome: {
      zh: "项目“{project}”没有效益指标（现有：{present}）。请补充效益指标，说明项目带来的经济、社会或生态效益。",
      en: "Project \"{project}\" has no outcome indicator.",
    },
    noSatisfaction: {
      zh: "项目“{project}”没有满意度指标（现有：{present}）。请补充满意度指标，反映服务对象对项目的满意程度。",
      en: "Project \"{project}\" has no satisfaction indicator.",
    },
    noSatisfactionInternal: {
      zh: "项目“{project}”没有满意度指标（现有：{present}）。“{internal}”属单位内部运转类支出，可不设服务对象满意度；如有明确的服务对象，请补充满意度指标。",
      en: "Project \"{project}\" has no satisfaction indicator; as internal running cost (\"{internal}\") it may not need one.",
    },
    noCostTraditional: {
      zh: "项目“{project}”没有成本指标（现有：{present}）。传统口径下成本指标写在产出指标下（14-成本指标），建议补充以反映项目的经济成本。",
      en: "Project \"{project}\" has no cost indicator (14 under 产出 in the traditional scheme).",
    },
    noCost: {
      zh: "项目“{project}”没有成本指标（现有：{present}）。请补充成本指标，按财预〔2021〕101号要求反映项目的经济成本等。",
      en: "Project \"{project}\" has no cost indicator.",
    },
  },
  doc: {
    what: "检查每个项目的指标是否覆盖产出指标和效益指标（缺少为错误），是否设置满意度指标、以及在财预〔2021〕101号口径（成本指标为一级）下是否设置成本指标（缺少为警告）。每缺一类报告一条。",
    why: "绩效目标应包括产出、效益和满意度（财预〔2015〕88号、财预〔2020〕10号）；101号口径还要求成本指标。缺少产出或效益指标就说明不了钱花出去做了什么、有什么效果，是退回的理由（错误）。缺满意度为警告；但工资、雇员、物业、租赁、运维等单位内部运转类项目没有外部服务对象，缺满意度只作提示。传统口径下成本指标（14）不是必设项，缺少只作提示；101号口径要求设置，缺少为警告。",
    bad: "“招商交流推介往来活动经费”只有一条产出指标“出外考察经贸交流 2次”，没有效益和满意度指标。",
    good: "另设效益指标（如“促成企业合作意向 ≥3项”）和满意度指标（如“参与企业满意度 ≥90%”）。",
  },
  docEn: {
    what: "Checks that a project's indicators cover 产出 and 效益 (error), 满意度 (warning) and, under the fin101 scheme (成本 as first level), 成本 (warning). One finding per missing category.",
    why: "Targets consist of outputs, outcomes and satisfaction; fin101 adds cost. No output or outcome is a reason to return the table (error); no satisfaction is a warning, an info on internal running costs (pay, rent, property, upkeep) that serve no outside party; no cost is a warning under fin101 and an info under the traditional scheme.",
    bad: "A project with a single output indicator and nothing else.",
    good: "Output, outcome and satisfaction indicators (and cost under fin101).",
  },
  },
  visitor(table, ctx, out) {
    const needs: Need[] = [
      { name: "产出", label: "产出指标", messageId: "noOutput", severity: "error" },
      { name: "效益", label: "效益指标", messageId: "noOutcome", severity: "error" },
    ];
    if (ctx.options.requireSatisfaction !== false) {
      needs.push({ name: "满意度", label: "满意度指标", messageId: "noSatisfaction", severity: "warning" });
    }
    if (ctx.options.requireCost !== false) {
      needs.push(
        ctx.scheme === "fin101"
          ? { name: "成本", label: "成本指标", messageId: "noCost", severity: "warning" }
          : { name: "成本", label: "成本指标", messageId: "noCostTraditional", severity: "info" },
      );
    }
    return {
      project(row, facts) {
        const n = row.indicators.length;
        if (n === 0) return; // indicators-missing covers none
        // one bit per 一级 (a Set per project costs more than the check itself at 10,000 projects)
        let have = 0;
        for (let k = 0; k < n; k++) {
          const l1 = facts.level1(row, k);
          if (l1) have |= BIT[l1];
          if (facts.cost(row, k)) have |= BIT["成本"];
        }
        let missing = false;
        for (let j = 0; j < needs.length; j++) if (!(have & BIT[needs[j].name])) missing = true;
        if (!missing) return;
        const cell = row.indicatorCell ?? row.indicators[0].cell;
        const present = ORDER.filter((n) => have & BIT[n]);
        const presentData = {
          zh: present.map((h) => `${h}指标`).join("、") || "无可识别的一级类别",
          en: present.map((h) => LEVEL1_EN[h]).join(", ") || "none recognised",
        };
        const internal = INTERNAL_RUNNING.exec(row.name)?.[0];
        for (const need of needs) {
          if (have & BIT[need.name]) continue;
          // pay, rent, property and upkeep serve the unit itself: no outside party to be satisfied
          const inward = need.name === "满意度" && internal !== undefined;
          out.push(
            rowFinding(categoryMissing, table, row, {
              cell,
              severity: inward ? "info" : need.severity,
              field: need.label,
              subject: present.join(","),
              messageId: inward ? "noSatisfactionInternal" : need.messageId,
              data: { project: row.name, present: presentData, internal: internal ?? "" },
            }),
          );
        }
      },
    };
  },
});
