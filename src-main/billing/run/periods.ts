import { dayNumber, type IsoDate } from '../../../src-shared/domain/civil-date';
import type { Cycle } from '../../../src-shared/ipc/schemas/billing';
import { cycleContaining, type Period } from '../cycles';

/** A period to invoice and the full cycle it belongs to (they differ only for a partial first period). */
export interface DuePeriod {
  period: Period;
  cycle: Period;
}

/**
 * The periods a subscription still owes as of `asOf`, oldest first: every period that starts on or
 * before `asOf`, from the end of the last billed plan period (or the start date when nothing was
 * billed yet). A period runs to the end of the plan's cycle containing its start, so a plan whose cycle
 * changed (days → monthly) realigns with one partial period instead of overlapping the billed one.
 */
export function periodsDue(cycle: Cycle, startDate: IsoDate, lastBilledEnd: IsoDate | null, asOf: IsoDate): DuePeriod[] {
  const due: DuePeriod[] = [];
  const last = dayNumber(asOf);
  let next = lastBilledEnd ?? startDate;
  while (dayNumber(next) <= last) {
    const full = cycleContaining(cycle, startDate, next);
    due.push({ period: { start: next, end: full.end }, cycle: full });
    next = full.end;
  }
  return due;
}

/**
 * `periodsDue` remembered for one run (one `asOf`): it is a pure function of the cycle, start date and
 * last billed end, and an office's subscriptions share a few billing days and month ends, so a run of
 * 50,000 computes a few hundred distinct answers instead of 50,000 (P6). Answers are shared: read-only.
 */
export class DuePeriodsMemo {
  private readonly known = new Map<string, readonly DuePeriod[]>();

  constructor(private readonly asOf: IsoDate) {}

  periodsDue(cycle: Cycle, startDate: IsoDate, lastBilledEnd: IsoDate | null): readonly DuePeriod[] {
    const key = `${cycle.kind === 'monthly' ? `m${cycle.billingDay}` : `d${cycle.days}`}|${startDate}|${lastBilledEnd ?? ''}`;
    let due = this.known.get(key);
    if (!due) {
      due = periodsDue(cycle, startDate, lastBilledEnd, this.asOf);
      this.known.set(key, due);
    }
    return due;
  }
}
