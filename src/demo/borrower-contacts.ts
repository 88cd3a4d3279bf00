/**
 * The contact points of one borrower and of the borrower's related parties, as rows of
 * `contacts.csv`. Chinese borrowers give a mobile, often WeChat and e-mail, and the two
 * emergency contacts lenders require; US borrowers a mobile whose area code usually — but
 * not always — matches the address's zone (people keep their number when they move), an
 * e-mail (sometimes the employer's), and a spouse or reference.
 */
import { cnEmployers } from './geo-cn.ts';
import { usPlaces, usEmployers } from './geo-us.ts';
import { drawName, type BorrowerProfile, type Sex } from './borrower-profile.ts';
import { cnAddress, cnLandline, cnMobile, personalEmail, usAddress, usPhone, wechatId } from './contact-values.ts';
import type { Rng } from './prng.ts';

/** The columns of `contacts.csv`, in order. */
export const contactColumns = [
  'external_id', 'borrower_external_id', 'kind', 'value', 'number_type', 'timezone', 'source', 'consent', 'consent_at',
  'verified', 'do_not_use', 'employer_provided', 'owner', 'owner_external_id', 'owner_name', 'owner_debt_related',
] as const;

type Owner = { relation: string; id: string; name: string; debtRelated: boolean };
type Contact = {
  kind: 'phone' | 'email' | 'address' | 'wechat'; value: string; numberType?: string; timezone?: string;
  source: string; consent: boolean; verified: boolean; doNotUse?: boolean; employer?: boolean; owner?: Owner;
};

export type ContactContext = {
  rng: Rng;
  borrowerId: string;
  profile: BorrowerProfile;
  birthYear: number;
  /** The instant consent was given (the first account's opening), ISO 8601. */
  consentAt: string;
  /** True when the borrower is a collections case (more skip-traced numbers, more wrong ones). */
  troubled: boolean;
};

/** Builds the borrower's contact rows (arrays of cells in `contactColumns` order). */
export function buildBorrowerContacts(ctx: ContactContext): string[][] {
  const list = ctx.profile.country === 'CN' ? cnContacts(ctx) : usContacts(ctx);
  return list.map((c, i) => [
    `${ctx.borrowerId}-C${i + 1}`, ctx.borrowerId, c.kind, c.value, c.numberType ?? '', c.timezone ?? '', c.source,
    String(c.consent), c.consent ? ctx.consentAt : '', String(c.verified), String(c.doNotUse ?? false),
    String(c.employer ?? false), c.owner?.relation ?? 'self', c.owner?.id ?? '', c.owner?.name ?? '',
    c.owner ? String(c.owner.debtRelated) : '',
  ]);
}

function cnContacts(ctx: ContactContext): Contact[] {
  const { rng, profile: p } = ctx;
  const place = p.cnPlace;
  if (!place) return [];
  const tz = 'Asia/Shanghai';
  const out: Contact[] = [
    { kind: 'phone', value: cnMobile(rng), numberType: 'mobile', timezone: tz, source: 'creditor', consent: true, verified: rng.chance(0.95) },
    { kind: 'address', value: cnAddress(rng, place), timezone: tz, source: 'creditor', consent: false, verified: rng.chance(0.6) },
  ];
  if (rng.chance(0.7)) out.push({ kind: 'wechat', value: wechatId(rng, p.surname, ctx.birthYear), source: 'creditor', consent: true, verified: rng.chance(0.5) });
  if (rng.chance(0.55)) out.push({ kind: 'email', value: personalEmail(rng, 'CN', p.surname, p.given, ctx.birthYear), source: 'creditor', consent: true, verified: rng.chance(0.4) });
  if (p.employment !== 'unemployed' && rng.chance(0.2)) {
    out.push({ kind: 'phone', value: cnLandline(rng, place), numberType: 'work_landline', timezone: tz, source: 'creditor', consent: false, verified: false, employer: true });
  }
  if (rng.chance(ctx.troubled ? 0.35 : 0.08)) {
    out.push({ kind: 'phone', value: cnMobile(rng), numberType: 'mobile', timezone: tz, source: 'skip_trace', consent: false, verified: false, doNotUse: rng.chance(0.25) });
  }
  const first: [string, Sex] = p.married && rng.chance(0.65) ? ['spouse', p.sex === 'male' ? 'female' : 'male'] : ['parent', rng.chance(0.5) ? 'male' : 'female'];
  const second = rng.pick(['sibling', 'friend', 'colleague', 'colleague', 'friend'] as const);
  for (const [k, [relation, sex]] of [first, [second, rng.chance(0.5) ? 'male' : 'female'] as [string, Sex]].entries()) {
    const [surname, given] = drawName(rng, 'CN', sex);
    const name = relation === 'parent' && rng.chance(0.6) ? p.surname + given : surname + given;
    const owner = { relation, id: `${ctx.borrowerId}-R${k + 1}`, name: relation === 'colleague' ? `${name}（${rng.pick(cnEmployers)}）` : name, debtRelated: false };
    out.push({ kind: 'phone', value: cnMobile(rng), numberType: 'mobile', timezone: tz, source: 'creditor', consent: false, verified: false, doNotUse: rng.chance(0.03), owner });
  }
  return out;
}

function usContacts(ctx: ContactContext): Contact[] {
  const { rng, profile: p } = ctx;
  const place = p.usPlace;
  if (!place) return [];
  // A borrower who moved keeps the mobile's old area code: then its zone differs from the address's.
  const moved = rng.chance(0.12);
  const mobilePlace = moved ? rng.pick(usPlaces.filter((x) => x.timezone !== place.timezone)) : place;
  const out: Contact[] = [
    { kind: 'phone', value: usPhone(rng, rng.pick(mobilePlace.areaCodes)), numberType: 'mobile', timezone: mobilePlace.timezone, source: 'creditor', consent: rng.chance(0.75), verified: rng.chance(0.9) },
    { kind: 'address', value: usAddress(rng, place), timezone: place.timezone, source: 'creditor', consent: false, verified: rng.chance(0.7) },
  ];
  if (rng.chance(0.15)) out.push({ kind: 'phone', value: usPhone(rng, rng.pick(place.areaCodes)), numberType: 'home_landline', timezone: place.timezone, source: 'creditor', consent: false, verified: rng.chance(0.5) });
  if (rng.chance(0.85)) out.push({ kind: 'email', value: personalEmail(rng, 'US', p.surname, p.given, ctx.birthYear), source: 'creditor', consent: rng.chance(0.8), verified: rng.chance(0.6) });
  if (p.employment === 'salaried' && rng.chance(0.12)) {
    const employer = rng.pick(usEmployers);
    const domain = employer.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14) + '.com';
    out.push({ kind: 'email', value: `${p.given[0].toLowerCase()}${p.surname.toLowerCase().replace(/[^a-z]/g, '')}@${domain}`, source: 'creditor', consent: false, verified: false, employer: true });
    out.push({ kind: 'phone', value: usPhone(rng, rng.pick(place.areaCodes)), numberType: 'work_landline', timezone: place.timezone, source: 'creditor', consent: false, verified: false, employer: true });
  }
  if (rng.chance(ctx.troubled ? 0.3 : 0.06)) {
    const other = rng.chance(0.7) ? place : rng.pick(usPlaces);
    out.push({ kind: 'phone', value: usPhone(rng, rng.pick(other.areaCodes)), numberType: 'mobile', timezone: other.timezone, source: 'skip_trace', consent: false, verified: false, doNotUse: rng.chance(0.3) });
  }
  usRelated(ctx, out);
  return out;
}

function usRelated(ctx: ContactContext, out: Contact[]): void {
  const { rng, profile: p } = ctx;
  const place = p.usPlace;
  if (!place) return;
  const parties: [string, Sex, boolean][] = [];
  if (p.married && rng.chance(0.5)) parties.push(['spouse', p.sex === 'male' ? 'female' : 'male', false]);
  if (rng.chance(0.25)) parties.push([rng.pick(['parent', 'sibling', 'friend', 'emergency_contact']), rng.chance(0.5) ? 'male' : 'female', false]);
  if (rng.chance(0.03)) parties.push(['guarantor', rng.chance(0.5) ? 'male' : 'female', true]);
  parties.forEach(([relation, sex, debtRelated], k) => {
    const [surname, given] = drawName(rng, 'US', sex);
    const name = relation === 'spouse' ? `${given} ${p.surname}` : `${given} ${surname}`;
    const where = rng.chance(0.8) ? place : rng.pick(usPlaces);
    const owner = { relation, id: `${ctx.borrowerId}-R${k + 1}`, name, debtRelated };
    out.push({ kind: 'phone', value: usPhone(rng, rng.pick(where.areaCodes)), numberType: 'mobile', timezone: where.timezone, source: 'creditor', consent: debtRelated, verified: false, owner });
  });
}
