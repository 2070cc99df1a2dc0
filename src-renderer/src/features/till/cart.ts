import type { ScannedVoucher, SellItem, TillPlan } from '@shared/ipc/schemas/till';

/** A plan key's line (the core picks the next unsold cards) or one scanned card. */
export type CartLine =
  | { kind: 'plan'; key: string; planId: string; name: string; priceMinor: number; quantity: number }
  | { kind: 'card'; key: string; voucherId: string; code: string; planId: string | null; name: string; priceMinor: number };

export function lineTotal(line: CartLine): number {
  return line.kind === 'plan' ? line.priceMinor * line.quantity : line.priceMinor;
}

export function cartTotal(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0);
}

/** Cards of the plan already in the cart, by key or by scan: all come out of the same stock. */
export function planCount(lines: readonly CartLine[], planId: string): number {
  return lines.reduce((sum, line) => sum + (line.planId !== planId ? 0 : line.kind === 'plan' ? line.quantity : 1), 0);
}

/** Adds `quantity` of a plan (one line per plan), or says how many are left when the stock is short. */
export function addPlan(lines: readonly CartLine[], plan: TillPlan, quantity: number): CartLine[] | { available: number } {
  // A plan with the on-the-spot option never runs out: the sale generates the missing cards.
  if (!plan.onTheSpot && planCount(lines, plan.id) + quantity > plan.available) return { available: Math.max(0, plan.available - planCount(lines, plan.id)) };
  const existing = lines.find((line) => line.kind === 'plan' && line.planId === plan.id);
  if (existing && existing.kind === 'plan') return lines.map((line) => (line === existing ? { ...existing, quantity: existing.quantity + quantity } : line));
  return [...lines, { kind: 'plan', key: `plan:${plan.id}`, planId: plan.id, name: plan.name, priceMinor: plan.priceMinor, quantity }];
}

/** Adds a scanned card once; scanning it again is a mistake the cashier should see, not a second sale. */
export function addCard(lines: readonly CartLine[], card: ScannedVoucher): CartLine[] | 'duplicate' {
  if (lines.some((line) => line.kind === 'card' && line.voucherId === card.voucherId)) return 'duplicate';
  return [...lines, { kind: 'card', key: `card:${card.voucherId}`, voucherId: card.voucherId, code: card.code, planId: card.planId, name: card.planName, priceMinor: card.priceMinor }];
}

/** The sale's items: cards by their exact code, plan lines by plan and quantity (the core resolves cards first). */
export function sellItems(lines: readonly CartLine[]): SellItem[] {
  return lines.map((line) => (line.kind === 'card' ? { code: line.code } : { planId: line.planId, quantity: line.quantity }));
}
