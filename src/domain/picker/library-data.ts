/**
 * The built-in third-level indicator names the picker suggests, each with the value it usually
 * takes. Two sources: every named indicator of the seed tables (/work/shared/seeds 000–002, marked
 * `seed`), and the common names of indicator libraries and real tables (domain.md §1, §3).
 *
 * An entry is `[name, group, kind, comparator, unit, typical?]`, grouped by the 二级 it belongs to
 * in the canonical taxonomy names of taxonomy.ts; library.ts maps the groups onto each scheme
 * (成本 is 14 traditionally and 41 under 财预〔2021〕101号, 可持续影响 has no 101 code …).
 * Seed indicators keep their seed 二级, except 服务质量考核情况, which the seed put under 31 although
 * it is a score, not a satisfaction rate (satisfaction-misplaced): it is suggested under 质量.
 */
import type { ValueKind } from "./value-form";

/** Canonical 二级 names used as group keys (taxonomy.ts `name`). */
export type LibraryGroup =
  | "数量" | "质量" | "时效" | "成本" | "社会成本" | "生态环境成本"
  | "经济效益" | "社会效益" | "生态效益" | "可持续影响" | "服务对象满意度";

/** "" writes the number bare (100%, 1年), as tables do for exact targets. */
export type LibraryComparator = "≥" | "≤" | ">" | "<" | "=" | "";

export type LibraryRow = readonly [name: string, group: LibraryGroup, kind: ValueKind, comparator: LibraryComparator, unit: string, typical?: string];

const Q = "qualitative" as const;
const N = "quantity" as const;
const R = "rate" as const;
const D = "deadline" as const;

/**
 * From the seed tables, verbatim, less what a reviewer would send back (DROPPED_SEED_NAMES), with
 * two more exceptions: 加强我区基层商会建设，打造商会特色服务品牌 (001)
 * holds a `，` that a picked name may not carry (it separates fields in 000-style cells), and
 * 商会会参与活动率 (001) is a typo (text-typo flags the doubled 会), suggested as 商会参与活动率.
 */
export const SEED_ROWS: readonly LibraryRow[] = [
  // seed 000 (short dialect: no 二级 written; the group is the one the name clearly means)
  ["宣讲、培训次数", "数量", N, "≥", "次"],
  ["出外考察经贸交流", "数量", N, "≥", "次"],
  ["民营企业家、优秀员工培训人数", "数量", N, "≥", "人"],
  ["培训任务完成率", "数量", R, "≥", "%", "90"],
  ["拨付街（镇）商会数", "数量", N, "", "个"],
  ["开展相关法律宣讲活动次数", "数量", N, "≥", "次"],
  ["政府购买法律服务费用", "成本", N, "≤", "万元"],
  ["加强镇街党群服务中心建设数量", "数量", N, "≥", "个"],
  ["慰问党员人数", "数量", N, "≥", "人"],
  ["组织培训人数", "数量", N, "≥", "人"],
  ["考察调研学习交流", "数量", N, "≥", "次"],
  ["组织外出考察人员", "数量", N, "≤", "人"],
  ["商协会业务水平达标率", "社会效益", R, "≥", "%"],
  ["企业对扶持工作的满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["非公经济人士对培训效果的满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["街（镇）商会的满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["民营企业满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["受益党员满意度", "服务对象满意度", R, "≥", "%", "90"],
  // seed 001 (code dialect with `,`)
  ["租赁场地面积", "数量", N, "", "平方米"],
  ["帮扶地区数", "数量", N, "≥", "个"],
  ["帮助帮扶对象解决问题", "数量", N, "≥", "个"],
  ["举办非公企业活动次数", "数量", N, "≥", "次"],
  ["走访企业数", "数量", N, "≥", "家"],
  ["活动出勤率", "质量", R, "≥", "%", "85"],
  ["走访非公党组织个数", "数量", N, "≥", "个"],
  ["党务工作者参与率", "质量", R, "≥", "%", "85"],
  ["全区非公经济党的组织和工作覆盖率", "社会效益", R, "≥", "%", "90"],
  ["开展党建工作活动/培训次数", "数量", N, "≥", "次"],
  ["举办基层商会活动次数", "数量", N, "≥", "次"],
  ["商会参与活动率", "质量", R, "≥", "%", "85"],
  ["走访基层商会数", "数量", N, "≥", "家"],
  ["因公出国（境）次数", "数量", N, "≤", "次"],
  ["出访交流学习的人数", "数量", N, "≥", "人"],
  ["出访交流的国家、地区数量", "数量", N, "≥", "个"],
  ["雇员考核", "可持续影响", Q, "", "", "称职或以上"],
  ["政府雇员指标数", "数量", N, "≤", "名"],
  ["党建指导员指标数", "数量", N, "≤", "名"],
  // seed 002 (code dialect with `；`, 成本 as 一级 4)
  ["搭建对外交流平台", "社会效益", N, "≥", "个"],
  ["年度投入", "成本", N, "≤", "万元"],
  ["购置办公设备及家具", "数量", N, "≥", "批"],
  ["举办政企沟通系列活动", "数量", N, "≥", "场次"],
  ["服务年限", "数量", N, "", "年", "1"],
  ["运营报告", "数量", N, "≥", "份", "1"],
  ["《广州工商》印刷", "数量", N, "≥", "期"],
  ["开展培训次数", "数量", N, "≥", "次"],
  ["组织调研活动", "数量", N, "≥", "场次"],
  ["主流媒体专题宣传", "数量", N, "≥", "篇"],
  ["聘请数量", "数量", N, "", "家", "1"],
  ["合法合规性", "社会效益", Q, "", "", "年度法律纠纷为零"],
  ["故障处理及时率", "时效", R, "≥", "%", "95"],
  ["服务质量考核情况", "质量", N, ">", "分", "90"],
  ["系统应用整体业务数据量以及推广情况", "数量", R, "", "%", "100"],
  ["系统质量性能以及数据共享开放", "质量", R, "", "%", "100"],
  ["网络安全及备份能力", "社会效益", R, "", "%", "100"],
  ["会议人数", "数量", N, "≥", "人"],
  ["换届完成时间", "时效", D, "", ""],
  ["按时拨付工资补贴", "时效", Q, "", "", "按时拨付"],
  ["服务人数", "数量", N, "", "人"],
  ["服务面积", "数量", N, "", "平方米"],
  ["交流活动", "数量", N, "≥", "场次"],
  ["商事纠纷有效化解", "社会效益", R, "≥", "%", "90"],
];

/** Common names from indicator libraries and real tables. */
export const COMMON_ROWS: readonly LibraryRow[] = [
  // 数量
  ["完成率", "数量", R, "≥", "%", "100"],
  ["覆盖率", "数量", R, "≥", "%", "90"],
  ["培训人次", "数量", N, "≥", "人次"],
  ["培训班次", "数量", N, "≥", "期"],
  ["举办活动次数", "数量", N, "≥", "次"],
  ["开展宣传活动次数", "数量", N, "≥", "次"],
  ["召开会议次数", "数量", N, "≥", "次"],
  ["受益人数", "数量", N, "≥", "人"],
  ["购置设备数量", "数量", N, "≥", "台"],
  // 质量
  ["验收合格率", "质量", R, "≥", "%", "100"],
  ["培训合格率", "质量", R, "≥", "%", "95"],
  ["质量达标率", "质量", R, "≥", "%", "95"],
  ["设备完好率", "质量", R, "≥", "%", "95"],
  ["系统正常运行率", "质量", R, "≥", "%", "99"],
  ["问题整改率", "质量", R, "≥", "%", "100"],
  // 时效
  ["完成时间", "时效", D, "", ""],
  ["项目完成时间", "时效", D, "", ""],
  ["及时率", "时效", R, "≥", "%", "100"],
  ["按时完成率", "时效", R, "≥", "%", "100"],
  ["投诉处理及时率", "时效", R, "≥", "%", "100"],
  ["故障响应时间", "时效", N, "≤", "小时", "2"],
  // 成本 (经济成本)
  ["项目总成本", "成本", N, "≤", "万元"],
  ["建设成本", "成本", N, "≤", "万元"],
  ["运维成本", "成本", N, "≤", "万元"],
  ["单位成本", "成本", N, "≤", "元"],
  ["人均培训成本", "成本", N, "≤", "元/人"],
  ["人均补助标准", "成本", N, "≤", "元/人"],
  // 社会成本 / 生态环境成本 (101号; 14 成本 in the traditional scheme)
  ["社会负面影响", "社会成本", Q, "", "", "无"],
  ["生态环境负面影响", "生态环境成本", Q, "", "", "无"],
  // 经济效益
  ["带动就业人数", "经济效益", N, "≥", "人"],
  ["营业收入增长率", "经济效益", R, "≥", "%"],
  // 社会效益
  ["知晓率", "社会效益", R, "≥", "%", "90"],
  ["社会公众知晓率", "社会效益", R, "≥", "%", "90"],
  ["政策知晓率", "社会效益", R, "≥", "%", "90"],
  ["受益人口数", "社会效益", N, "≥", "人"],
  ["纠纷调解成功率", "社会效益", R, "≥", "%", "90"],
  ["投诉率", "社会效益", R, "≤", "%", "5"],
  // 生态效益
  ["垃圾分类覆盖率", "生态效益", R, "≥", "%", "90"],
  ["绿化覆盖率", "生态效益", R, "≥", "%"],
  ["环境卫生达标率", "生态效益", R, "≥", "%", "95"],
  // 可持续影响
  ["长效管理机制", "可持续影响", Q, "", "", "建立并运行"],
  ["设施持续使用年限", "可持续影响", N, "≥", "年"],
  // 服务对象满意度
  ["参训人员满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["服务对象满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["群众满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["企业满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["学员满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["受益群众满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["使用人员满意度", "服务对象满意度", R, "≥", "%", "90"],
  ["社会公众满意度", "服务对象满意度", R, "≥", "%", "90"],
];

/**
 * Common indicators by project type, each with the unit, comparator and a typical value a finance
 * bureau accepts; and the 财预〔2021〕101号 cost indicators (unit and per-head costs).
 */
export const PROJECT_TYPE_ROWS: readonly LibraryRow[] = [
  // 培训类
  ["培训期数", "数量", N, "≥", "期", "2"],
  ["参训人数", "数量", N, "≥", "人", "100"],
  ["培训考核合格率", "质量", R, "≥", "%", "95"],
  ["培训完成时间", "时效", D, "", ""],
  // 会议类
  ["参会人数", "数量", N, "≥", "人", "100"],
  ["会议议程完成率", "质量", R, "≥", "%", "100"],
  ["会议按期召开率", "时效", R, "≥", "%", "100"],
  ["参会人员满意度", "服务对象满意度", R, "≥", "%", "90"],
  // 购置类
  ["设备验收合格率", "质量", R, "≥", "%", "100"],
  ["设备购置完成时间", "时效", D, "", ""],
  ["设备单价", "成本", N, "≤", "元"],
  // 信息化运维类
  ["运维服务响应时间", "时效", N, "≤", "小时", "2"],
  ["系统故障修复率", "质量", R, "≥", "%", "95"],
  ["数据备份成功率", "质量", R, "≥", "%", "100"],
  ["重大网络安全事件数", "社会效益", N, "", "次", "0"],
  // 物业/租赁类
  ["物业服务面积", "数量", N, "≥", "平方米"],
  ["保洁达标率", "质量", R, "≥", "%", "95"],
  ["安全责任事故次数", "社会效益", N, "", "次", "0"],
  ["年度租金", "成本", N, "≤", "万元"],
  // 人员类
  ["聘用人数", "数量", N, "≤", "人"],
  ["年度考核合格率", "质量", R, "≥", "%", "95"],
  ["人均人员经费", "成本", N, "≤", "万元"],
  // 宣传类
  ["宣传报道篇数", "数量", N, "≥", "篇", "10"],
  ["宣传资料发放份数", "数量", N, "≥", "份", "1000"],
  ["宣传活动参与人次", "数量", N, "≥", "人次", "500"],
  // 补助类
  ["补助对象人数", "数量", N, "≥", "人"],
  ["补助发放准确率", "质量", R, "≥", "%", "100"],
  ["补助对象满意度", "服务对象满意度", R, "≥", "%", "90"],
  // 帮扶类
  ["帮扶对象户数", "数量", N, "≥", "户"],
  ["解决实际问题数", "数量", N, "≥", "个", "1"],
  ["帮扶对象人均增收", "经济效益", N, "≥", "元"],
  ["帮扶对象满意度", "服务对象满意度", R, "≥", "%", "90"],
  // 101号成本指标
  ["人均成本", "成本", N, "≤", "元/人"],
  ["次均成本", "成本", N, "≤", "元/次"],
];

/**
 * Seed indicators the picker does not suggest, each with the reason a reviewer would send it back
 * (issue 14: the picker suggests only what passes review).
 */
export const DROPPED_SEED_NAMES: Readonly<Record<string, string>> = {
  "打造党群服务阵地": "a task, not a measure (name-not-measurable)",
  "进一步全面推进党建工作": "a slogan (name-not-measurable)",
  "深化宣传党的精神、“两学一做”等学习教育": "a task (name-not-measurable)",
  "加强非公企业党建": "a slogan (name-not-measurable)",
  "进一步提升非公经济领域党务工作人员能力水平": "a slogan (name-not-measurable)",
  "加强社会责任意识": "a slogan (name-not-measurable)",
  "开展切实可行且富有成效的帮扶工作": "a task (name-not-measurable)",
  "强化社会发动": "a slogan (name-not-measurable)",
  "开展社会公益事业": "a task (name-not-measurable)",
  "推动经贸交流": "a task (name-not-measurable)",
  "开展“暖企行动”": "a task (name-not-measurable)",
  "发挥企业党员先锋模范作用": "a slogan (name-not-measurable)",
  "推动商会更好履行政治引导、经济服务和协同社会治理职能": "a slogan (name-not-measurable)",
  "加大政策宣讲力度": "a slogan (name-not-measurable)",
  "扩大工商联朋友圈": "a slogan (name-not-measurable)",
  "助力我市非公经济实现高质量发展": "a slogan (name-not-measurable)",
  "推动商会网格化": "a task (name-not-measurable)",
  "全年支出率": "budget execution, not an output (process-as-output)",
  "费用支付及时率": "a payment process, not an output (process-as-output)",
  "因公出国（境）审批率": "an approval process, not an output (process-as-output)",
  "人员薪酬待遇发放及时性": "a payment process, not an output (process-as-output)",
  "党建赋能民企发展": "its value only repeats its name (value-repeats-name)",
  "企业创新力": "no measurable value in the seed (持续提升: vague-value)",
  "当地经济发展": "no measurable value in the seed (持续提高: vague-value)",
  "商会沟通交流发展情况": "no measurable value in the seed (加强: vague-value)",
  "党建工作水平": "no measurable value in the seed (持续提升: vague-value)",
  "法律服务质量": "no measurable value in the seed (良好: vague-value)",
  "充分发挥非公有制经济人士参政议政和社会事务重要工作的作用": "a slogan with no measurable value",
  "巩固拓展脱贫攻坚成果": "a slogan with a rubric as its value (rubric-as-value)",
  "非公有制企业凝聚力": "no measurable value in the seed (增强: vague-value)",
  "保障办公正常运转": "no measurable value (达到预期目标)",
  "提振民企信心": "no measurable value in the seed (明显提高: vague-value)",
  "保障工作正常运转": "no measurable value (达到预期目标)",
  "对外服务大厅正常运转": "no measurable value (达到预期目标)",
  "建立专职党建工作指导员队伍": "no measurable value (达到预期目标)",
};
