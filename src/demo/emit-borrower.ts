/**
 * Draws one borrower with its accounts, histories and contacts, and writes their rows
 * to the demo files (borrowers, contacts, accounts, schedules, payments, and the
 * not-imported characteristics and truth files).
 */
import { civilFromDay, formatDay, monthNumberOf } from './civil-date.ts';
import { drawBorrowerProfile, drawHardshipMonths, type BorrowerProfile } from './borrower-profile.ts';
import { drawDemoAccount, type DemoAccount } from './demo-account.ts';
import { buildBorrowerContacts } from './borrower-contacts.ts';
import { cnNationalId, usSyntheticSsn } from './contact-values.ts';
import { formatMinor, localInstant } from './demo-format.ts';
import { weighted, type Rng } from './prng.ts';
import type { CsvFile } from './csv-file.ts';
import type { AccountOutcome } from './delinquency-tally.ts';

/** The files a borrower is written to. */
export type DemoFiles = {
  borrowers: CsvFile; contacts: CsvFile; accounts: CsvFile; schedules: CsvFile; payments: CsvFile;
  characteristics: CsvFile; truth: CsvFile;
};


export type EmitInput = {
  rng: Rng; borrowerNo: number; firstAccountNo: number; accounts: number; asOfDay: number;
  cnShare: number; files: DemoFiles;
};

const cnChannel = weighted([['alipay', 35], ['wechat_pay', 30], ['auto_debit', 25], ['bank_transfer', 10]] as const);
const usChannel = weighted([['ach', 45], ['debit_card', 30], ['autopay', 18], ['check', 7]] as const);
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Writes one borrower and returns the outcome of each of its accounts. */
export function emitBorrower(input: EmitInput): AccountOutcome[] {
  const { rng, asOfDay, files } = input;
  const country = rng.chance(input.cnShare) ? 'CN' : 'US';
  const p = drawBorrowerProfile(rng, country);
  const borrowerId = `B${pad(input.borrowerNo, 8)}`;
  const toMonth = monthNumberOf(asOfDay);
  const hardship = drawHardshipMonths(rng, p.ability, toMonth - 40, toMonth);
  const isHardship = (day: number): boolean => hardship[monthNumberOf(day) - (toMonth - 40)] === 1;
  const accounts: DemoAccount[] = [];
  for (let k = 0; k < input.accounts; k++) accounts.push(drawDemoAccount(rng, p, asOfDay, isHardship));
  const outcomes = accounts.map((a, k) => writeAccount(input, a, borrowerId, `A${pad(input.firstAccountNo + k, 9)}`, country));
  const troubled = outcomes.some((o) => o.dpd > 0);
  const birthDay = asOfDay - p.age * 365 - rng.int(0, 364);
  const [by, bm, bd] = civilFromDay(birthDay);
  const firstOpened = Math.min(...accounts.map((a) => a.openedDay));
  files.borrowers.write([
    borrowerId, p.fullName,
    p.cnPlace ? cnNationalId(rng, p.cnPlace.adminCode, `${by}${pad(bm, 2)}${pad(bd, 2)}`, p.sex === 'male') : usSyntheticSsn(rng),
    formatDay(birthDay), country === 'CN' ? 'zh-CN' : 'en', country === 'CN' ? 'Asia/Shanghai' : (p.usPlace?.timezone ?? 'America/New_York'),
    JSON.stringify(drawFlags(rng, troubled, country)),
  ]);
  const consentAt = localInstant(firstOpened, rng.int(9 * 60, 21 * 60), country === 'CN' ? 'CN' : 'US');
  for (const row of buildBorrowerContacts({ rng, borrowerId, profile: p, birthYear: by, consentAt, troubled })) files.contacts.write(row);
  writeProfile(files, borrowerId, p, input.accounts);
  return outcomes;
}

function writeAccount(input: EmitInput, a: DemoAccount, borrowerId: string, accountId: string, country: 'CN' | 'US'): AccountOutcome {
  const { files, asOfDay, rng } = input;
  const { result } = a;
  const dpd = result.ledger.daysPastDueWith(asOfDay, result.ledger.paid);
  let paidMonthAgo = 0;
  result.payments.forEach((pay, i) => {
    if (pay.day <= asOfDay - 30) paidMonthAgo += result.applied[i];
  });
  const dpdMonthAgo = a.openedDay <= asOfDay - 30 ? result.ledger.daysPastDueWith(asOfDay - 30, paidMonthAgo) : 0;
  const chargedOff = result.chargedOffDay !== null && result.chargedOffDay <= asOfDay;
  const status = result.paidOff ? 'paid_off' : chargedOff ? 'charged_off' : dpd > 0 ? 'delinquent' : 'current';
  // A paid-off account goes out as `current` with nothing outstanding: the import holds
  // payments for `closed` accounts in suspense, which would strand its whole history.
  files.accounts.write([
    accountId, borrowerId, a.product.portfolio, a.product.code, a.product.currency, formatMinor(a.principal),
    String(a.rateBps), formatDay(a.openedDay), status === 'paid_off' ? 'current' : status,
    chargedOff && result.chargedOffDay !== null ? formatDay(result.chargedOffDay) : '',
  ]);
  const penalty = result.ledger.penalty;
  for (let k = 0; k < result.schedule.length; k++) {
    const i = result.schedule[k];
    files.schedules.writeAsciiLine(`${accountId},${i.seq},${formatDay(i.dueDay)},${formatMinor(i.principal)},${formatMinor(i.interest)},${formatMinor(i.fee)},${formatMinor(penalty[k])}`);
  }
  for (let k = 0; k < result.payments.length; k++) {
    const pay = result.payments[k];
    const channel = country === 'CN' ? cnChannel(rng) : usChannel(rng);
    files.payments.writeAsciiLine(`${accountId}-P${pad(k + 1, 3)},${accountId},${formatMinor(pay.amount)},${a.product.currency},${localInstant(pay.day, pay.minute, country)},${channel}`);
  }
  return { portfolio: a.product.portfolio, status, dpd, dpdMonthAgo };
}

/** Compliance flags a collector may hold (set only when true; troubled borrowers far more often). */
function drawFlags(rng: Rng, troubled: boolean, country: 'CN' | 'US'): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  const f = troubled ? 1 : 0.1;
  if (rng.chance(0.03 * f)) flags.disputed = true;
  if (country === 'US') {
    if (rng.chance(0.015 * f)) flags.ceaseCommunication = true;
    if (rng.chance(0.02 * f)) flags.attorneyRepresented = true;
    if (rng.chance(0.01 * f)) flags.bankruptcy = true;
  }
  return flags;
}

const cnIncome = ['', '<3000 CNY/month', '3000-6000 CNY/month', '6000-10000 CNY/month', '10000-20000 CNY/month', '>20000 CNY/month'];
const usIncome = ['', '<25k USD/year', '25k-50k USD/year', '50k-75k USD/year', '75k-120k USD/year', '>120k USD/year'];

function writeProfile(files: DemoFiles, borrowerId: string, p: BorrowerProfile, accounts: number): void {
  files.characteristics.write([
    borrowerId, p.country, p.sex, String(p.age), p.cnPlace?.province ?? p.usPlace?.state ?? '', p.cnPlace?.city ?? p.usPlace?.city ?? '',
    p.cnPlace ? String(p.cnPlace.tier) : '', p.cnPlace?.region ?? '', String(p.incomeBand),
    (p.country === 'CN' ? cnIncome : usIncome)[p.incomeBand], p.employment, p.married ? 'married' : 'single', String(accounts),
  ]);
  files.truth.write([borrowerId, p.willingness.toFixed(4), p.ability.toFixed(4)]);
}

