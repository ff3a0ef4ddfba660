/** The budget year a table plans for, read off the years its deadlines name. */

/** The year most dated values in a table name, when more than half agree; else null. */
export function majorityYear(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const y of years) {
    const c = (counts.get(y) ?? 0) + 1;
    counts.set(y, c);
    if (best === null || c > (counts.get(best) ?? 0)) best = y;
  }
  return best !== null && (counts.get(best) ?? 0) * 2 > years.length ? best : null;
}
