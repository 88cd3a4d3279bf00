/**
 * The demo portfolio generator: writes a synthetic Chinese and US collections portfolio
 * as the import files of docs/import-formats.md, deterministically from a seed. Borrower
 * number i always gets random stream i of the seed, so the same seed gives byte-identical
 * files, and the rows stream to disk in batches (a million accounts never sit in memory).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../platform/errors.ts';
import { formatDay, parseDay } from './civil-date.ts';
import { CsvFile } from './csv-file.ts';
import { contactColumns } from './borrower-contacts.ts';
import { demoPortfolios, demoProducts } from './demo-portfolios.ts';
import { emitBorrower, type DemoFiles } from './emit-borrower.ts';
import { createRng, hashSeed } from './prng.ts';
import { DelinquencyTally, type DelinquencySummary } from './delinquency-tally.ts';

export type GenerateOptions = {
  /** Number of accounts to write (borrowers: about 13 % fewer, some hold two accounts). */
  accounts: number;
  seed: number | string;
  /** The as-of date, YYYY-MM-DD: histories stop there. */
  asOf: string;
  outDir: string;
  /** Share of borrowers in the Chinese portfolio (default 0.5). */
  cnShare?: number;
  /** Called after each batch with accounts written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Yield to the event loop after about this many accounts (default: after each batch of 2,000); the output is the same. */
  yieldEvery?: number;
};

export type GenerateSummary = {
  seed: string;
  asOf: string;
  outDir: string;
  files: Record<string, { path: string; rows: number; imported: boolean }>;
  borrowers: number;
  accounts: number;
  delinquency: DelinquencySummary;
};

/** The columns of each CSV file, in order (contacts: see borrower-contacts.ts). */
export const demoColumns = {
  borrowers: ['external_id', 'full_name', 'national_id', 'date_of_birth', 'locale', 'timezone', 'flags'],
  contacts: contactColumns,
  accounts: ['external_id', 'borrower_external_id', 'portfolio', 'product', 'currency', 'principal', 'rate_bps', 'opened_on', 'status', 'charged_off_on'],
  schedules: ['account_external_id', 'seq', 'due_on', 'principal', 'interest', 'fee', 'penalty'],
  payments: ['external_id', 'account_external_id', 'amount', 'currency', 'received_at', 'channel'],
  characteristics: ['borrower_external_id', 'country', 'sex', 'age', 'province_or_state', 'city', 'city_tier', 'region', 'income_band', 'income_band_label', 'employment', 'marital_status', 'accounts'],
  truth: ['borrower_external_id', 'willingness', 'ability'],
} as const;

const fileNames: Record<keyof DemoFiles, string> = {
  borrowers: 'borrowers.csv', contacts: 'contacts.csv', accounts: 'accounts.csv', schedules: 'schedules.csv',
  payments: 'payments.csv', characteristics: 'characteristics.csv', truth: '_truth.csv',
};

const BATCH = 2000;

/**
 * Generates the portfolio into `outDir` and returns a summary.
 * @throws AppError INVALID_INPUT for a bad account count, share or date
 */
export async function generatePortfolio(options: GenerateOptions): Promise<GenerateSummary> {
  const { accounts, outDir } = options;
  const cnShare = options.cnShare ?? 0.5;
  if (!Number.isInteger(accounts) || accounts < 1 || accounts > 50_000_000) {
    throw new AppError('INVALID_INPUT', { message: `--accounts must be a whole number from 1 to 50000000, got ${accounts}` });
  }
  if (!(cnShare >= 0 && cnShare <= 1)) throw new AppError('INVALID_INPUT', { message: `cnShare must be within 0..1, got ${cnShare}` });
  const asOfDay = parseDay(options.asOf);
  const seedHash = hashSeed(options.seed);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'portfolios.json'), JSON.stringify(portfolioDocument(options, asOfDay), null, 2) + '\n');
  const files = openFiles(outDir);
  const tally = new DelinquencyTally();
  let borrowerNo = 0;
  let done = 0;
  try {
    while (done < accounts) {
      const batchEnd = Math.min(accounts, done + BATCH);
      while (done < batchEnd) {
        const rng = createRng(seedHash, borrowerNo);
        const count = Math.min(batchEnd - done, rng.chance(0.13) ? 2 : 1);
        borrowerNo++;
        for (const o of emitBorrower({ rng, borrowerNo, firstAccountNo: done + 1, accounts: count, asOfDay, cnShare, files })) tally.add(o);
        done += count;
        if (options.yieldEvery && done % options.yieldEvery < count) await new Promise((resolve) => setImmediate(resolve));
      }
      for (const f of Object.values(files)) f.flush();
      options.onProgress?.(done, accounts);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    for (const f of Object.values(files)) f.close();
  }
  return {
    seed: String(options.seed), asOf: formatDay(asOfDay), outDir,
    files: Object.fromEntries([
      ['portfolios', { path: join(outDir, 'portfolios.json'), rows: demoPortfolios.length + demoProducts.length, imported: true }],
      ...Object.entries(files).map(([k, f]) => [k, { path: f.path, rows: f.rows, imported: k !== 'characteristics' && k !== 'truth' }]),
    ]),
    borrowers: borrowerNo,
    accounts: done,
    delinquency: tally.result(),
  };
}

function openFiles(outDir: string): DemoFiles {
  const open = (k: keyof DemoFiles): CsvFile => new CsvFile(join(outDir, fileNames[k]), demoColumns[k]);
  return {
    borrowers: open('borrowers'), contacts: open('contacts'), accounts: open('accounts'), schedules: open('schedules'),
    payments: open('payments'), characteristics: open('characteristics'), truth: open('truth'),
  };
}

function portfolioDocument(options: GenerateOptions, asOfDay: number): Record<string, unknown> {
  return {
    generator: { name: 'recoup generate', seed: String(options.seed), asOf: formatDay(asOfDay), accounts: options.accounts },
    importOrder: ['borrowers.csv', 'contacts.csv', 'accounts.csv', 'schedules.csv', 'payments.csv'],
    notImported: { 'characteristics.csv': 'observable borrower characteristics for scorecard work', '_truth.csv': 'hidden willingness and ability to pay, for validating scorecards only' },
    portfolios: demoPortfolios,
    products: demoProducts.map(({ gen: _gen, ...rest }) => rest),
  };
}
