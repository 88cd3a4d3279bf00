/** Synthetic input files for the import benchmark: borrowers, accounts and installments as a core system would export them. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

async function writeLines(path: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(header + '\n');
  const batch: string[] = [];
  for (let i = 1; i <= count; i++) {
    batch.push(line(i));
    if (batch.length === 10_000 || i === count) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
      batch.length = 0;
    }
  }
  out.end();
  await once(out, 'finish');
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '勇', '军'];

/** `borrowers.csv` with national ids (encrypted on import), names in Chinese, a birth date. */
export function writeBorrowers(path: string, n: number): Promise<void> {
  return writeLines(path, 'external_id,full_name,timezone,national_id,date_of_birth,locale', n, (i) => {
    const year = 1960 + (i % 40);
    const dob = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return `B${i},${SURNAMES[i % 10]}${GIVEN[(i >> 3) % 10]}${GIVEN[(i >> 5) % 10]},Asia/Shanghai,${110101000000000000 + i * 7},${dob},zh-CN`;
  });
}

/** `accounts.csv`: `n` accounts over `borrowers` borrowers, CNY, with product, rate and fees. */
export function writeAccounts(path: string, n: number, borrowers: number): Promise<void> {
  return writeLines(path, 'external_id,borrower_external_id,portfolio,currency,principal,opened_on,product,rate_bps,fees,status', n, (i) => {
    const principal = 1000 + ((i * 7919) % 49000);
    const opened = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return `A${i},B${1 + ((i - 1) % borrowers)},CN-CONSUMER,CNY,${principal}.00,${opened},CASH,${1800 + (i % 600)},${i % 3 === 0 ? '15.50' : '0'},${i % 10 === 0 ? 'delinquent' : 'current'}`;
  });
}

/** `schedules.csv`: installments 1–3 for the first accounts until `n` rows (1.5 per account on average when n = 1.5 × accounts). */
export function writeInstallments(path: string, n: number, accounts: number): Promise<void> {
  return writeLines(path, 'account_external_id,seq,due_on,principal,interest,fee,penalty', n, (i) => {
    const acct = 1 + ((i - 1) % accounts);
    const seq = 1 + Math.floor((i - 1) / accounts);
    const due = `2026-${String(seq).padStart(2, '0')}-${String(1 + (acct % 28)).padStart(2, '0')}`;
    return `A${acct},${seq},${due},${300 + (acct % 700)}.00,${(acct % 90) + 10}.25,0,0`;
  });
}
