/**
 * US places for synthetic borrowers: city, state, a ZIP code, the area codes that serve
 * the city, and the IANA zone the city and those area codes are in. Area codes and zones
 * agree, so a phone's area code tells its zone (as the compliance rules assume); a
 * borrower who moved keeps the old area code, which is how conflicting zones arise.
 * SOURCE: NANPA area-code assignments and the tz database, abridged; weights are rough
 * population shares.
 */

/** One place a US borrower can live. */
export type UsPlace = {
  state: string;
  city: string;
  zip: string;
  areaCodes: readonly string[];
  timezone: string;
  weight: number;
};

const P = (state: string, city: string, zip: string, areaCodes: string[], timezone: string, weight: number): UsPlace =>
  ({ state, city, zip, areaCodes, timezone, weight });

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

/** The places, with weights (New York is over-represented: the lender is in New York). */
export const usPlaces: readonly UsPlace[] = [
  P('NY', 'New York', '10025', ['212', '646', '917', '332'], ET, 10),
  P('NY', 'Brooklyn', '11226', ['718', '347', '929'], ET, 9),
  P('NY', 'Bronx', '10467', ['718', '347', '929'], ET, 5),
  P('NY', 'Hempstead', '11550', ['516'], ET, 3),
  P('NY', 'Buffalo', '14215', ['716'], ET, 3),
  P('NY', 'Rochester', '14609', ['585'], ET, 2),
  P('NY', 'Yonkers', '10701', ['914'], ET, 2),
  P('NJ', 'Newark', '07106', ['973', '862'], ET, 3),
  P('NJ', 'Jersey City', '07305', ['201', '551'], ET, 2),
  P('PA', 'Philadelphia', '19143', ['215', '267', '445'], ET, 4),
  P('PA', 'Pittsburgh', '15210', ['412', '878'], ET, 2),
  P('MA', 'Boston', '02124', ['617', '857'], ET, 2),
  P('CT', 'Hartford', '06106', ['860', '959'], ET, 1),
  P('FL', 'Miami', '33157', ['305', '786'], ET, 4),
  P('FL', 'Orlando', '32807', ['407', '689'], ET, 3),
  P('FL', 'Jacksonville', '32210', ['904'], ET, 2),
  P('FL', 'Pensacola', '32505', ['850'], CT, 1),
  P('GA', 'Atlanta', '30318', ['404', '678', '470'], ET, 4),
  P('NC', 'Charlotte', '28215', ['704', '980'], ET, 3),
  P('OH', 'Columbus', '43207', ['614', '380'], ET, 2),
  P('OH', 'Cleveland', '44105', ['216'], ET, 2),
  P('MI', 'Detroit', '48228', ['313'], 'America/Detroit', 3),
  P('TN', 'Knoxville', '37917', ['865'], ET, 1),
  P('TN', 'Memphis', '38118', ['901'], CT, 2),
  P('IL', 'Chicago', '60629', ['312', '773', '872'], CT, 6),
  P('TX', 'Houston', '77036', ['713', '281', '832', '346'], CT, 6),
  P('TX', 'Dallas', '75217', ['214', '469', '972'], CT, 5),
  P('TX', 'San Antonio', '78207', ['210', '726'], CT, 3),
  P('TX', 'El Paso', '79936', ['915'], MT, 1),
  P('MN', 'Minneapolis', '55407', ['612'], CT, 1),
  P('MO', 'St. Louis', '63116', ['314'], CT, 1),
  P('LA', 'New Orleans', '70119', ['504'], CT, 1),
  P('CO', 'Denver', '80219', ['303', '720'], MT, 2),
  P('UT', 'Salt Lake City', '84104', ['801', '385'], MT, 1),
  P('AZ', 'Phoenix', '85035', ['602', '480', '623'], 'America/Phoenix', 3),
  P('NV', 'Las Vegas', '89110', ['702', '725'], PT, 2),
  P('CA', 'Los Angeles', '90011', ['213', '323', '310', '424'], PT, 8),
  P('CA', 'San Diego', '92105', ['619', '858'], PT, 3),
  P('CA', 'San Jose', '95122', ['408', '669'], PT, 2),
  P('CA', 'Oakland', '94601', ['510', '341'], PT, 2),
  P('CA', 'Fresno', '93706', ['559'], PT, 1),
  P('WA', 'Seattle', '98118', ['206', '564'], PT, 2),
  P('OR', 'Portland', '97266', ['503', '971'], PT, 1),
  P('AK', 'Anchorage', '99504', ['907'], 'America/Anchorage', 0.3),
  P('HI', 'Honolulu', '96817', ['808'], 'Pacific/Honolulu', 0.4),
];

/** Street names (the most common US street names) and suffixes. */
export const usStreets: readonly string[] = [
  'Main', 'Oak', 'Maple', 'Park', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Walnut', 'Lincoln',
  'Jefferson', 'Church', 'Highland', 'Ridge', 'Sunset', 'Franklin', 'Madison', 'Jackson', 'Chestnut', 'Broad',
  'Center', 'Spring', 'Willow', 'Meadow', 'Forest', 'River', 'Adams', 'Grant', 'Locust', 'Prospect',
];
export const usStreetSuffixes: readonly string[] = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Blvd', 'Ct', 'Pl', 'Way', 'Ter'];

/** Employers (for colleagues and work phones). */
export const usEmployers: readonly string[] = [
  'Walmart', 'Amazon Fulfillment', 'Home Depot', 'Kroger', 'Target', 'UPS', 'CVS Health', 'Starbucks',
  'County School District', 'Memorial Hospital', 'FedEx Ground', 'Lowe\'s', 'Uber (driver)', 'McDonald\'s',
];

/** Email domains with rough shares. */
export const usEmailDomains: readonly (readonly [string, number])[] = [
  ['gmail.com', 55], ['yahoo.com', 15], ['hotmail.com', 8], ['outlook.com', 8], ['icloud.com', 8], ['aol.com', 4], ['comcast.net', 2],
];
