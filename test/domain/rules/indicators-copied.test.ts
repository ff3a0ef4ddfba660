import { ruleById } from "../../../src/domain/rules";
import { ruleTester } from "./rule-tester";
import { SEED001_GYGZ } from "./seed-rows";

const GYGZ_PUBLIC = "1、2-效益指标,24-可持续影响,雇员考核；实施周期指标值:称职或以上,年度指标值:称职或以上;,1、1-产出指标,11-数量指标,政府雇员指标数；实施周期指标值:≤3名,年度指标值:≤3名;,2、1-产出指标,13-时效指标,人员薪酬待遇发放及时性；实施周期指标值:及时,年度指标值:及时;";

ruleTester(ruleById("indicators-copied")!, {
  valid: [
    {
      title: "seed 001: 政府雇员工资经费 and 政府雇员公用经费 differ in 指标数 (≤2名 / ≤3名)",
      table: { rows: [{ ...SEED001_GYGZ }, { name: "政府雇员公用经费", amounts: ["0.90", "0.90"], goal: "以提高工商联工作水平为目的。", indicators: GYGZ_PUBLIC }] },
    },
  ],
  invalid: [
    {
      title: "two projects, the same indicators and values",
      table: {
        rows: [
          { ...SEED001_GYGZ },
          { name: "政府雇员公用经费", amounts: ["0.90", "0.90"], goal: "以提高工商联工作水平为目的。", indicators: SEED001_GYGZ.indicators },
        ],
      },
      errors: [
        { messageId: "copied", data: { project: "政府雇员工资经费", others: "“政府雇员公用经费”" } },
        { messageId: "copied", data: { project: "政府雇员公用经费", others: "“政府雇员工资经费”" } },
      ],
    },
    {
      title: "one set copied into five projects: each names three others and counts the rest (no n² message)",
      table: {
        rows: ["甲", "乙", "丙", "丁", "戊"].map((n) => ({ name: `${n}项目经费`, amounts: ["0.90", "0.90"], goal: "以提高工商联工作水平为目的。", indicators: SEED001_GYGZ.indicators })),
      },
      errors: [
        { messageId: "copied", data: { project: "甲项目经费", others: "“乙项目经费”、“丙项目经费”、“丁项目经费”等4个项目" } },
        { messageId: "copied", data: { project: "乙项目经费", others: "“甲项目经费”、“丙项目经费”、“丁项目经费”等4个项目" } },
        { messageId: "copied", data: { project: "丙项目经费", others: "“甲项目经费”、“乙项目经费”、“丁项目经费”等4个项目" } },
        { messageId: "copied", data: { project: "丁项目经费", others: "“甲项目经费”、“乙项目经费”、“丙项目经费”等4个项目" } },
        { messageId: "copied", data: { project: "戊项目经费", others: "“甲项目经费”、“乙项目经费”、“丙项目经费”等4个项目" } },
      ],
    },
  ],
});
