/**
 * The unit an indicator's own name fixes: 培训人数 counts 人, 走访户数 counts 户. Only endings a
 * reviewer would accept without a second thought; 数量, 面积, 企业数 and the like leave the unit
 * open (台 or 件? 平方米 or 亩? 家 or 个?) and get no fix.
 */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  // longest first: 参训人次数 is 人次, not 次
  ["人次数", "人次"],
  ["人次", "人次"],
  ["场次数", "场次"],
  ["场次", "场次"],
  ["人数", "人"],
  ["户数", "户"],
  ["个数", "个"],
  ["天数", "天"],
  ["次数", "次"],
  ["篇数", "篇"],
  ["份数", "份"],
  ["期数", "期"],
];

/** The unit the name ends in, or null when the name leaves it open. */
export function unitFromName(name: string | undefined): string | null {
  const text = name?.trim();
  if (!text) return null;
  for (const [ending, unit] of ENDINGS) if (text.endsWith(ending)) return unit;
  return null;
}
