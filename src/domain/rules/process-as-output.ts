import { createRule } from "./create-rule";
import type { Rule } from "./rule";
import { indicatorFinding, indicatorRefData } from "./support/findings";
import { bareName } from "./support/indicator-facts";

/** Fund-flow and process measures: they say the money moved, not what it bought. */
const PROCESS = /(支出率|执行率|拨付及时率|拨付率|资金到位率|到位率|审批率|发放及时性|发放及时率|支付及时率|支付及时性|支付时间|付款及时率)$/;

/** Fund-flow and process indicators as the 产出 of a project. */
export const processAsOutput: Rule = createRule({
  meta: {
    id: "process-as-output",
    severity: "warning",
    scope: "indicator",
    category: "indicator",
    title: "以资金流程代替产出",
    titleEn: "Fund-flow indicator as an output",
    fixable: false,
    messages: {
      onlyOutput: {
        zh: "项目“{project}”的{indicator}反映的是资金支付或审批过程，却是本项目唯一的产出指标。请补充项目实际提供的产品和服务（数量、质量、时效）。",
        en: "Project \"{project}\": {indicator} measures the flow of funds, and is the project's only output.",
      },
      besideOutputs: {
        zh: "项目“{project}”的{indicator}反映的是资金支付或审批过程，不是项目的产出；可删去，或改为所提供服务的时效（如“服务响应及时率”）。",
        en: "Project \"{project}\": {indicator} measures the flow of funds, not an output.",
      },
    },
    doc: {
      what: "找出放在产出指标下的资金流程类指标（支出率、执行率、拨付及时率、资金到位率、审批率、发放及时性、支付时间等）。是项目唯一的产出时为警告，另有实际产出时为提示。防误报：只看名称结尾；“故障处理及时率”“服务响应及时率”等服务时效不在此列。",
      why: "预算执行率是财政运行监控的内容，不是项目产出（财预〔2021〕101号）；只写支出率等于没有说明钱买到了什么。",
      bad: "“1-产出指标；13-时效指标；全年支出率；年度指标值:100%”为唯一产出。",
      good: "“1-产出指标；11-数量指标；提供法律咨询服务次数；年度指标值:≥50次”。",
    },
    docEn: {
      what: "Finds fund-flow and process measures (支出率, 执行率, 拨付及时率, 资金到位率, 审批率, 发放及时性, 支付时间 …) under outputs: a warning when they are the project's only outputs, an info beside real ones. Guard: name endings only; service timeliness (故障处理及时率) is not a fund flow.",
      why: "Budget execution is monitored anyway; it says the money moved, not what it bought.",
      bad: "全年支出率 100% as the only output.",
      good: "提供法律咨询服务次数 ≥50次.",
    },
  },
  visitor(table, _ctx, out) {
    return {
      project(row, facts) {
        const inds = row.indicators;
        let process = 0;
        let outputs = 0;
        for (let k = 0; k < inds.length; k++) {
          if (facts.level1(row, k) !== "产出" || facts.cost(row, k)) continue;
          outputs++;
          if (PROCESS.test(bareName(inds[k]))) process++;
        }
        if (process === 0) return;
        const only = process === outputs;
        for (let k = 0; k < inds.length; k++) {
          if (facts.level1(row, k) !== "产出" || !PROCESS.test(bareName(inds[k]))) continue;
          out.push(
            indicatorFinding(processAsOutput, table, row, inds[k], {
              span: inds[k].name!.span,
              subject: bareName(inds[k]),
              severity: only ? "warning" : "info",
              messageId: only ? "onlyOutput" : "besideOutputs",
              data: { project: row.name, indicator: indicatorRefData(inds[k]) },
            }),
          );
        }
      },
    };
  },
});
