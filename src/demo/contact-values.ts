/**
 * Realistic contact values: phone numbers in E.164 (Chinese mobiles +86 1[3-9]x xxxx
 * xxxx and landlines with their city area code; US numbers +1 NPA-NXX-XXXX with a valid
 * exchange), e-mail addresses, WeChat ids, postal addresses and identity numbers.
 * The numbers are random: some may belong to real people, so never dial them outside a
 * test rig.
 */
import { cnCompounds, cnMobilePrefixes, cnStreets, type CnPlace } from './geo-cn.ts';
import { usEmailDomains, usStreets, usStreetSuffixes, type UsPlace } from './geo-us.ts';
import { weighted, type Rng } from './prng.ts';

const drawCnMobilePrefix = weighted(cnMobilePrefixes);
const drawUsEmailDomain = weighted(usEmailDomains);
const drawCnEmailDomain = weighted([['qq.com', 45], ['163.com', 25], ['126.com', 10], ['sina.com', 5], ['139.com', 5], ['foxmail.com', 5], ['outlook.com', 5]] as const);

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rng.next() * 10));
  return s;
}

/** A Chinese mobile number, e.g. +8613812345678. */
export function cnMobile(rng: Rng): string {
  return '+86' + drawCnMobilePrefix(rng) + digits(rng, 8);
}

/** A Chinese landline in the place's area code, e.g. +862188886666. */
export function cnLandline(rng: Rng, place: CnPlace): string {
  const local = place.areaCode.length === 3 ? 8 : 7 + (rng.chance(0.6) ? 1 : 0);
  return '+86' + place.areaCode.slice(1) + String(rng.int(2, 8)) + digits(rng, local - 1);
}

/** A US number in the given area code, e.g. +12125550143 (exchange NXX, never N11). */
export function usPhone(rng: Rng, areaCode: string): string {
  let exchange: string;
  do exchange = String(rng.int(2, 9)) + digits(rng, 2);
  while (exchange.slice(1) === '11' || exchange === '555');
  return '+1' + areaCode + exchange + digits(rng, 4);
}

const surnamePinyin: Record<string, string> = {
  王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou',
  徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 高: 'gao', 罗: 'luo', 郑: 'zheng',
  梁: 'liang', 谢: 'xie', 宋: 'song', 唐: 'tang', 许: 'xu', 韩: 'han', 冯: 'feng', 邓: 'deng', 曹: 'cao',
};
const syllables = ['xiao', 'ming', 'hua', 'jun', 'li', 'fang', 'wei', 'lei', 'jing', 'yu', 'hao', 'yan', 'ting', 'qiang', 'mei'];

function cnHandle(rng: Rng, surname: string, birthYear: number): string {
  const base = (surnamePinyin[surname] ?? rng.pick(syllables)) + rng.pick(syllables);
  return rng.chance(0.5) ? base + String(birthYear) : base + rng.pick(['_', '.', '']) + digits(rng, rng.int(2, 4));
}

/** A personal e-mail address. */
export function personalEmail(rng: Rng, country: 'CN' | 'US', surname: string, given: string, birthYear: number): string {
  if (country === 'CN') {
    const domain = drawCnEmailDomain(rng);
    return (domain === 'qq.com' ? String(rng.int(1, 9)) + digits(rng, rng.int(5, 9)) : cnHandle(rng, surname, birthYear)) + '@' + domain;
  }
  const clean = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  const style = rng.int(0, 3);
  const local = style === 0 ? `${clean(given)}.${clean(surname)}`
    : style === 1 ? `${clean(given)}${clean(surname)}${birthYear % 100}`
      : style === 2 ? `${clean(given)[0]}${clean(surname)}${rng.int(1, 999)}`
        : `${clean(surname)}.${clean(given)}${rng.int(1, 99)}`;
  return `${local}@${drawUsEmailDomain(rng)}`;
}

/** A WeChat id: either the automatic `wxid_…` form or a chosen one. */
export function wechatId(rng: Rng, surname: string, birthYear: number): string {
  if (rng.chance(0.55)) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let id = 'wxid_';
    for (let i = 0; i < 14; i++) id += alphabet[Math.floor(rng.next() * alphabet.length)];
    return id;
  }
  return cnHandle(rng, surname, birthYear).replace(/\./g, '_');
}

/** A Chinese postal address, e.g. 广东省深圳市南山区科技路88号阳光花园3栋1502室. */
export function cnAddress(rng: Rng, place: CnPlace): string {
  const head = place.province === place.city ? place.city : place.province + place.city;
  return `${head}${place.district}${rng.pick(cnStreets)}${rng.int(1, 999)}号${rng.pick(cnCompounds)}${rng.int(1, 30)}栋${rng.int(1, 33)}${String(rng.int(1, 8)).padStart(2, '0')}室 ${place.postcode}`;
}

/** A US postal address, e.g. "418 Maple Ave Apt 3B, Brooklyn, NY 11226". */
export function usAddress(rng: Rng, place: UsPlace): string {
  const apt = rng.chance(0.45) ? ` Apt ${rng.int(1, 24)}${rng.pick(['', 'A', 'B', 'C', 'D'])}` : '';
  return `${rng.int(10, 9899)} ${rng.pick(usStreets)} ${rng.pick(usStreetSuffixes)}${apt}, ${place.city}, ${place.state} ${place.zip}`;
}

/**
 * An 18-digit Chinese resident identity number with its ISO 7064 MOD 11-2 check
 * character, for the place of registration, birth date (YYYYMMDD) and sex.
 */
export function cnNationalId(rng: Rng, adminCode: string, yyyymmdd: string, male: boolean): string {
  const order = rng.int(0, 49) * 2 + (male ? 1 : 0);
  const body = adminCode + yyyymmdd + String(rng.int(0, 9)) + String(order).padStart(2, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * weights[i];
  return body + '10X98765432'[sum % 11];
}

/**
 * A US SSN-shaped number that is never a real SSN or ITIN: area 900–999 is not issued as
 * an SSN, and the group 01–49 is outside the ITIN ranges.
 */
export function usSyntheticSsn(rng: Rng): string {
  return `${rng.int(900, 999)}-${String(rng.int(1, 49)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
}
