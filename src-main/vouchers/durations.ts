/**
 * A RouterOS duration (`1d2h3m4s`) for milliseconds. Whole seconds, rounded up so a limit is never
 * shorter than what the plan promises.
 */
export function routerDuration(ms: number): string {
  let seconds = Math.ceil(ms / 1000);
  if (seconds <= 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [['w', 604_800], ['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const amount = Math.floor(seconds / size);
    if (amount > 0) parts.push(`${amount}${unit}`);
    seconds -= amount * size;
  }
  return parts.join('');
}
