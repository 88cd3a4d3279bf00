/**
 * Settlement confirmation letters (pure): the acceptance letter (the terms agreed) and the
 * paid-in-full letter, each in zh-CN and en, as plain text and HTML. The use case stores
 * both with their SHA-256 and queues them as evidence.
 */
import { createHash } from 'node:crypto';

export type LetterKind = 'acceptance' | 'paid_in_full';
export type LetterLocale = 'zh-CN' | 'en';
export type LetterFacts = {
  kind: LetterKind;
  locale: LetterLocale;
  lender: string;
  borrowerName: string;
  accountRef: string;
  currency: string;
  balanceMinor: number;
  amountMinor: number;
  installmentCount: number;
  expiresOn: string;
  /** `YYYY-MM-DD` of acceptance or of the final payment. */
  date: string;
  reference: string;
};
export type Letter = { locale: LetterLocale; kind: LetterKind; text: string; html: string; sha256: string };

/** Formats minor units as a decimal amount with the currency code (2 decimals; 0 for JPY/KRW). */
export function formatMoney(minor: number, currency: string): string {
  const digits = ['JPY', 'KRW', 'VND'].includes(currency) ? 0 : 2;
  const major = (minor / 10 ** digits).toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${major}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function lines(f: LetterFacts): { title: string; body: string[] } {
  const bal = formatMoney(f.balanceMinor, f.currency);
  const amt = formatMoney(f.amountMinor, f.currency);
  const disc = formatMoney(f.balanceMinor - f.amountMinor, f.currency);
  if (f.locale === 'zh-CN') {
    if (f.kind === 'acceptance') {
      return { title: '和解还款确认函', body: [
        `尊敬的 ${f.borrowerName}：`,
        `您在 ${f.lender} 的账户（${f.accountRef}）截至 ${f.date} 的未结清余额为 ${bal}。`,
        `经双方协商，您同意以 ${amt} 结清该账户${f.installmentCount > 1 ? `，分 ${f.installmentCount} 期支付` : ''}，减免金额为 ${disc}。`,
        `请于 ${f.expiresOn} 前付清上述款项。全额付清后，该账户将视为结清，我们将另行出具结清证明。`,
        `如未能按期付款，本和解安排失效，账户余额按原合同执行。`,
        `确认编号：${f.reference}`,
      ] };
    }
    return { title: '结清证明', body: [
      `尊敬的 ${f.borrowerName}：`,
      `您在 ${f.lender} 的账户（${f.accountRef}）已于 ${f.date} 按和解约定付清 ${amt}（原余额 ${bal}）。`,
      `该账户已结清，我们将停止对该账户的一切催收联系。`,
      `确认编号：${f.reference}`,
    ] };
  }
  if (f.kind === 'acceptance') {
    return { title: 'Settlement confirmation', body: [
      `Dear ${f.borrowerName},`,
      `The outstanding balance of your account ${f.accountRef} with ${f.lender} as of ${f.date} is ${bal}.`,
      `As agreed, ${f.lender} will accept ${amt}${f.installmentCount > 1 ? ` in ${f.installmentCount} installments` : ''} in full settlement of this account, a reduction of ${disc}.`,
      `Please pay by ${f.expiresOn}. Once paid in full the account will be settled and we will send you a confirmation.`,
      `If the payment is not made in time, this settlement lapses and the balance remains due under the original agreement.`,
      `Reference: ${f.reference}`,
    ] };
  }
  return { title: 'Account settled', body: [
    `Dear ${f.borrowerName},`,
    `On ${f.date} you paid ${amt} under the settlement of your account ${f.accountRef} with ${f.lender} (balance ${bal}).`,
    `The account is settled; all collection contact on it has stopped.`,
    `Reference: ${f.reference}`,
  ] };
}

/** Renders one letter. */
export function renderLetter(f: LetterFacts): Letter {
  const { title, body } = lines(f);
  const text = [title, '', ...body, ''].join('\n');
  const html = `<!doctype html><html lang="${f.locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`;
  return { locale: f.locale, kind: f.kind, text, html, sha256: createHash('sha256').update(text).update('\0').update(html).digest('hex') };
}

/** Renders the letter in both languages. */
export function renderLetters(f: Omit<LetterFacts, 'locale'>): Letter[] {
  return (['zh-CN', 'en'] as const).map((locale) => renderLetter({ ...f, locale }));
}
