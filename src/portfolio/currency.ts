/**
 * ISO 4217 currencies with their minor-unit exponents, and conversion of decimal amounts in
 * major units ("1234.56") to integer minor units without floating point.
 *
 * SOURCE: ISO 4217 list one (active codes and "minor unit" column) as published by the
 * maintenance agency (SIX Group), 2024 edition; precious metals, testing and fund-only
 * codes that no loan is denominated in (XAU, XAG, XPT, XPD, XTS, XXX, XBA…XBD, XDR, XSU,
 * XUA) are left out on purpose.
 */

const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';
const EXPONENT_4 = 'CLF UYW';
const EXPONENT_2 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
  'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN ' +
  'PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL ' +
  'THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

function build(): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  const add = (list: string, exp: number) => {
    for (const c of list.split(' ')) m.set(c, exp);
  };
  add(EXPONENT_0, 0);
  add(EXPONENT_2, 2);
  add(EXPONENT_3, 3);
  add(EXPONENT_4, 4);
  return m;
}

/** Every accepted ISO 4217 code with its minor-unit exponent (CNY 2, JPY 0, KWD 3 …). */
export const currencies: ReadonlyMap<string, number> = build();

/** True when `code` is an accepted ISO 4217 code (upper case, e.g. `CNY`). */
export function isCurrency(code: string): boolean {
  return currencies.has(code);
}

/**
 * The minor-unit exponent of a currency (2 for CNY/USD, 0 for JPY).
 * @returns undefined for an unknown code
 */
export function findCurrencyExponent(code: string): number | undefined {
  return currencies.get(code);
}

const AMOUNT = /^(-?)(\d+)(?:\.(\d*))?$/;

/**
 * Converts a decimal amount in major units to integer minor units: `"1234.5"` with
 * exponent 2 → 123450. No floating point is involved.
 * @returns the amount in minor units (>= 0), or a string saying what is wrong with the text
 * @example parseMajorAmount('88.00', 2) // 8800
 */
export function parseMajorAmount(text: string, exponent: number): number | string {
  const fast = parseMajorAmountFast(text, exponent);
  return fast >= 0 ? fast : parseMajorAmountSlow(text, exponent);
}

/** The common case without a regular expression: plain digits with at most `exponent` decimals; -1 for anything else. */
function parseMajorAmountFast(t: string, exponent: number): number {
  const n = t.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  let decimals = -1;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0 && i > 0) decimals = 0;
    else return -1;
  }
  if (decimals > exponent) return -1;
  const scale = exponent - (decimals < 0 ? 0 : decimals);
  const minor = scale === 0 ? v : v * 10 ** scale;
  return Number.isSafeInteger(minor) ? minor : -1;
}

function parseMajorAmountSlow(text: string, exponent: number): number | string {
  const t = text.trim();
  const m = AMOUNT.exec(t);
  if (!m) return t === '' ? 'amount is empty' : `"${t}" is not a number (digits and one "." only, no thousands separators)`;
  if (m[1] === '-') return `negative amount ${t}`;
  const frac = m[3] ?? '';
  if (frac.length > exponent) return `${t} has more than ${exponent} decimal places for this currency`;
  const minor = Number(m[2] + frac.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) return `amount ${t} is too large`;
  return minor;
}

/** Formats minor units as a major-unit decimal string: 123450, 2 → "1234.50". */
export function formatMinor(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const s = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${sign}${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}
