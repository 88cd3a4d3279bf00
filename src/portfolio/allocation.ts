/**
 * The allocation waterfall (还款冲抵顺序): a payment pays the oldest installment first
 * (by due date, then sequence number) and, within an installment, the components in the
 * portfolio's waterfall order (default penalty → fee → interest → principal), before it
 * moves on to the next installment. What is left after the whole schedule is paid stays
 * unallocated on the payment (an overpayment, refunded or applied by a person).
 * Pure: no I/O, integer minor units only.
 */
import type { Component } from './tables.ts';

/** The four components; a waterfall is an ordering of all of them. */
export const components: readonly Component[] = ['penalty', 'fee', 'interest', 'principal'];

/** The default waterfall: penalty → fee → interest → principal. */
export const defaultWaterfall: readonly Component[] = components;

export type ComponentAmounts = Record<Component, number>;

/** One installment as allocation sees it: what is due and what is already paid, per component. */
export type InstallmentBalance = {
  id: number;
  seq: number;
  /** `YYYY-MM-DD` */
  dueOn: string;
  due: ComponentAmounts;
  paid: ComponentAmounts;
};

export type AllocationLine = { installmentId: number; component: Component; amountMinor: number };

export type Allocation = {
  lines: AllocationLine[];
  /** Minor units left over after every installment is paid in full. */
  unallocatedMinor: number;
};

/** True when `w` names each of the four components exactly once. */
export function isWaterfall(w: readonly string[]): w is Component[] {
  return w.length === components.length && components.every((c) => w.includes(c));
}

/** Sorts oldest first: due date, then sequence number (returns a new array). */
export function sortOldestFirst<T extends Pick<InstallmentBalance, 'dueOn' | 'seq'>>(installments: readonly T[]): T[] {
  return [...installments].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.seq - b.seq));
}

/**
 * Allocates one payment over a schedule.
 * @throws RangeError when the amount is not a non-negative safe integer or the waterfall is not a permutation of the components
 * @example allocatePayment({ amount: 5000, installments, waterfall: defaultWaterfall })
 */
export function allocatePayment(input: {
  amount: number;
  installments: readonly InstallmentBalance[];
  waterfall: readonly Component[];
}): Allocation {
  checkAmount(input.amount);
  return allocateSequence({ amounts: [input.amount], installments: input.installments, waterfall: input.waterfall }).allocations[0];
}

function checkAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative integer of minor units, got ${amount}`);
}

/** Returns the installments with the allocation's amounts added to their `paid` (new objects). */
export function applyAllocation(installments: readonly InstallmentBalance[], lines: readonly AllocationLine[]): InstallmentBalance[] {
  const byId = new Map(installments.map((i) => [i.id, { ...i, paid: { ...i.paid } }]));
  for (const l of lines) {
    const inst = byId.get(l.installmentId);
    if (inst) inst.paid[l.component] += l.amountMinor;
  }
  return [...byId.values()];
}

/** True when nothing is open on the installment (every component paid in full or more). */
function settled(i: InstallmentBalance): boolean {
  return i.paid.penalty >= i.due.penalty && i.paid.fee >= i.due.fee && i.paid.interest >= i.due.interest && i.paid.principal >= i.due.principal;
}

/**
 * Allocates payments one after another over one schedule, each seeing what the ones before
 * it paid: the same allocations as folding {@link allocatePayment} and {@link applyAllocation}
 * over the amounts, with the schedule sorted and copied once instead of once per payment
 * (bulk posting, where an account's payments of years arrive together).
 * @returns one allocation per amount, in order, and the schedule after all of them (oldest first, new objects)
 * @throws RangeError as {@link allocatePayment}
 */
export function allocateSequence(input: {
  amounts: readonly number[];
  installments: readonly InstallmentBalance[];
  waterfall: readonly Component[];
}): { allocations: Allocation[]; installments: InstallmentBalance[] } {
  const { waterfall } = input;
  if (!isWaterfall(waterfall)) throw new RangeError(`waterfall must order ${components.join(', ')}, got ${waterfall.join(', ')}`);
  const schedule = sortOldestFirst(input.installments).map((i) => ({ ...i, paid: { ...i.paid } }));
  let first = 0;
  const allocations = input.amounts.map((amount): Allocation => {
    checkAmount(amount);
    while (first < schedule.length && settled(schedule[first])) first++;
    const lines: AllocationLine[] = [];
    let left = amount;
    for (let k = first; k < schedule.length && left > 0; k++) {
      const inst = schedule[k];
      for (const c of waterfall) {
        const open = inst.due[c] - inst.paid[c];
        if (open <= 0) continue;
        const take = open < left ? open : left;
        lines.push({ installmentId: inst.id, component: c, amountMinor: take });
        inst.paid[c] += take;
        left -= take;
        if (left === 0) break;
      }
    }
    return { lines, unallocatedMinor: left };
  });
  return { allocations, installments: schedule };
}
