/**
 * A synthetic borrower: what the lender can observe (age, sex, place, employment, income
 * band, marital status) and what it cannot (willingness and ability to pay, and the
 * hardship spells ahead). The hidden traits are drawn from the observable ones plus
 * noise, so observables predict repayment, but only in part.
 */
import { cnGivenChars, cnSurnames, usFirstNames, usSurnames } from './names.ts';
import { cnPlaces, type CnPlace } from './geo-cn.ts';
import { usPlaces, type UsPlace } from './geo-us.ts';
import { sigmoid, weighted, type Rng } from './prng.ts';

export type Employment = 'civil_servant' | 'salaried' | 'self_employed' | 'gig' | 'part_time' | 'retired' | 'unemployed';
export type Sex = 'male' | 'female';

/** A borrower with observable characteristics and hidden traits. */
export type BorrowerProfile = {
  country: 'CN' | 'US';
  sex: Sex;
  age: number;
  surname: string;
  given: string;
  fullName: string;
  cnPlace: CnPlace | null;
  usPlace: UsPlace | null;
  employment: Employment;
  /** 1 (lowest) … 5 (highest). */
  incomeBand: number;
  married: boolean;
  /** Hidden: 0..1. */
  willingness: number;
  /** Hidden: 0..1. */
  ability: number;
};

const drawCnSurname = weighted(cnSurnames);
const drawUsSurname = weighted(usSurnames);
const drawCnPlace = weighted(cnPlaces.map((p) => [p, p.weight] as const));
const drawUsPlace = weighted(usPlaces.map((p) => [p, p.weight] as const));
const drawCnEmployment = weighted<Employment>([['salaried', 52], ['self_employed', 16], ['gig', 17], ['civil_servant', 7], ['part_time', 5], ['unemployed', 3]]);
const drawUsEmployment = weighted<Employment>([['salaried', 58], ['part_time', 11], ['self_employed', 9], ['gig', 7], ['retired', 9], ['unemployed', 6]]);

const employmentIncome: Record<Employment, number> = {
  civil_servant: 0.45, salaried: 0.2, self_employed: 0.15, gig: -0.3, part_time: -0.55, retired: -0.3, unemployed: -1.1,
};
const employmentStability: Record<Employment, number> = {
  civil_servant: 0.7, salaried: 0.3, self_employed: -0.15, gig: -0.45, part_time: -0.3, retired: 0.35, unemployed: -0.9,
};
const tierIncome = [0, 0.6, 0.25, -0.15, -0.45];
/** Income band cut points on the income score. */
const bandCuts = [-0.85, -0.2, 0.45, 1.15];

/** Draws one borrower. */
export function drawBorrowerProfile(rng: Rng, country: 'CN' | 'US'): BorrowerProfile {
  const sex: Sex = rng.chance(country === 'CN' ? 0.58 : 0.5) ? 'male' : 'female';
  const age = drawAge(rng, country);
  const cnPlace = country === 'CN' ? drawCnPlace(rng) : null;
  const usPlace = country === 'US' ? drawUsPlace(rng) : null;
  let employment = (country === 'CN' ? drawCnEmployment : drawUsEmployment)(rng);
  if (employment === 'retired' && age < 55) employment = 'salaried';
  const married = rng.chance(sigmoid((age - 30) / 5) * 0.75);
  const hump = 0.3 - 0.6 * ((age - 44) / 15) ** 2;
  const incomeScore = hump + (cnPlace ? tierIncome[cnPlace.tier] : 0) + employmentIncome[employment] + 0.8 * rng.normal();
  const incomeBand = 1 + bandCuts.filter((c) => incomeScore > c).length;
  const eA = rng.normal();
  const zA = 0.55 * incomeScore + 0.55 * employmentStability[employment] + 0.15 * (married ? 1 : 0) + 0.6 * eA;
  const zW = 0.3 * ((age - 35) / 10) + 0.25 * (married ? 1 : 0) + 0.15 * (sex === 'female' ? 1 : 0)
    + (cnPlace ? (cnPlace.tier - 2) * -0.06 : 0) + 0.35 * eA + 0.85 * rng.normal();
  const [surname, given] = drawName(rng, country, sex);
  return {
    country, sex, age, surname, given,
    fullName: country === 'CN' ? surname + given : `${given} ${surname}`,
    cnPlace, usPlace, employment, incomeBand, married,
    willingness: sigmoid(1.25 * zW + 1.1),
    ability: sigmoid(1.2 * zA + 0.9),
  };
}

function drawAge(rng: Rng, country: 'CN' | 'US'): number {
  const [lo, hi, mode, spread] = country === 'CN' ? [20, 58, 29, 7] : [21, 78, 40, 12];
  for (;;) {
    const a = Math.round(mode + spread * rng.normal() + (rng.chance(0.3) ? Math.abs(spread * rng.normal()) : 0));
    if (a >= lo && a <= hi) return a;
  }
}

/** Draws [surname, given name] of a person of the country and sex. */
export function drawName(rng: Rng, country: 'CN' | 'US', sex: Sex): [string, string] {
  if (country === 'US') return [drawUsSurname(rng), rng.pick(usFirstNames[sex])];
  const chars = cnGivenChars[sex];
  const given = rng.chance(0.78) ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
  return [drawCnSurname(rng), given];
}

/**
 * Draws the months (as month numbers y*12+m) in which the borrower is in a hardship
 * spell, between `fromMonth` and `toMonth` inclusive. Low ability means more and longer spells.
 */
export function drawHardshipMonths(rng: Rng, ability: number, fromMonth: number, toMonth: number): Uint8Array {
  const months = new Uint8Array(toMonth - fromMonth + 1);
  const hazard = 0.003 + 0.04 * (1 - ability) ** 2;
  const stop = 0.18 + 0.3 * ability;
  for (let m = 0; m < months.length; m++) {
    if (!rng.chance(hazard)) continue;
    for (; m < months.length; m++) {
      months[m] = 1;
      if (rng.chance(stop)) break;
    }
  }
  return months;
}
