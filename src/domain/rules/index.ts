/**
 * The rule catalog. Adding a rule means adding its file, its import and one line here; the ids are part of the
 * interface (config files, baselines and explanations refer to them).
 */
import type { Rule } from "./rule";
import { columnMissing } from "./column-missing";
import { noTable } from "./no-table";
import { amountNotNumber } from "./amount-not-number";
import { sourcesSumMismatch } from "./sources-sum-mismatch";
import { subtotalMismatch } from "./subtotal-mismatch";
import { totalMismatch } from "./total-mismatch";
import { costExceedsAmount } from "./cost-exceeds-amount";
import { goalAmountMismatch } from "./goal-amount-mismatch";
import { goalMissing } from "./goal-missing";
import { indicatorsMissing } from "./indicators-missing";
import { categoryMissing } from "./category-missing";
import { duplicateGoal } from "./duplicate-goal";
import { duplicateProject } from "./duplicate-project";
import { valueMissing } from "./value-missing";
import { nameMissing } from "./name-missing";
import { levelMissing } from "./level-missing";
import { levelMismatch } from "./level-mismatch";
import { numbering } from "./numbering";
import { placeholderValue } from "./placeholder-value";
import { vagueValue } from "./vague-value";
import { percentOutOfRange } from "./percent-out-of-range";
import { satisfactionMisplaced } from "./satisfaction-misplaced";
import { unitMissing } from "./unit-missing";
import { periodAnnualConflict } from "./period-annual-conflict";
import { deadlineOutsideYear } from "./deadline-outside-year";
import { nonstandardSymbol } from "./nonstandard-symbol";
import { duplicateIndicator } from "./duplicate-indicator";
import { textTypo } from "./text-typo";
import { secondLevelMissing } from "./second-level-missing";
import { tooFewIndicators } from "./too-few-indicators";
import { indicatorsCopied } from "./indicators-copied";
import { outputDimensions } from "./output-dimensions";
import { processAsOutput } from "./process-as-output";
import { outputAsBenefit } from "./output-as-benefit";
import { rateUnderQuantity } from "./rate-under-quantity";
import { nameNotMeasurable } from "./name-not-measurable";
import { valueRepeatsName } from "./value-repeats-name";
import { rubricAsValue } from "./rubric-as-value";
import { unitMismatch } from "./unit-mismatch";
import { satisfactionRange } from "./satisfaction-range";

/** In catalog order: structure, money, project, indicator. */
export const allRules: readonly Rule[] = [
  columnMissing,
  noTable,
  amountNotNumber,
  sourcesSumMismatch,
  subtotalMismatch,
  totalMismatch,
  costExceedsAmount,
  goalAmountMismatch,
  goalMissing,
  indicatorsMissing,
  categoryMissing,
  duplicateGoal,
  duplicateProject,
  tooFewIndicators,
  indicatorsCopied,
  outputDimensions,
  valueMissing,
  nameMissing,
  levelMissing,
  secondLevelMissing,
  levelMismatch,
  numbering,
  placeholderValue,
  vagueValue,
  rubricAsValue,
  valueRepeatsName,
  nameNotMeasurable,
  processAsOutput,
  outputAsBenefit,
  rateUnderQuantity,
  unitMismatch,
  satisfactionRange,
  percentOutOfRange,
  satisfactionMisplaced,
  unitMissing,
  periodAnnualConflict,
  deadlineOutsideYear,
  nonstandardSymbol,
  duplicateIndicator,
  textTypo,
];

const BY_ID = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const ruleIds: readonly string[] = allRules.map((r) => r.id);

export type { Rule, RuleContext, RuleDoc, Scheme, Profile } from "./rule";
