/**
 * The scenario format (§0.3 of the compliance rules brief, described in docs/compliance-scenarios.md) as zod schemas. Parsing converts every time into
 * epoch milliseconds once (the evaluator never parses strings), ignores unknown properties,
 * and rejects unknown values of closed vocabularies, unknown IANA zones and bad times.
 * The parsed `Scenario` type is also what the database-backed gate builds from its tables.
 */
import { z } from 'zod';
import { isKnownZone } from './rules/zone-time.ts';
import { parseClock, parseDateOrInstant, parseInstant, type DateOrInstant } from './scenario-time.ts';

export const regimes = ['US_REG_F', 'UK_CONC', 'CN_NIFA'] as const;
export const channels = ['phone', 'sms', 'email', 'letter', 'social_media'] as const;
export const eventKinds = ['call_attempt', 'voicemail', 'conversation', 'sms', 'email', 'letter', 'consent_to_calls', 'opt_out_request'] as const;
export const parties = ['debtor', 'third_party'] as const;
export const numberTypes = ['mobile', 'home_landline', 'work_landline'] as const;
/**
 * `artificial_voice` per RULES.md; `prerecorded` is the TCPA's other word for the same rule;
 * `autodialer` needs consent to a mobile (227(b)(1)(A)) but is not under the residential cap.
 */
export const automations = ['artificial_voice', 'prerecorded', 'autodialer'] as const;
export const relationships = [
  'spouse', 'parent', 'neighbor', 'neighbour', 'colleague', 'emergency_contact',
  'legal_guardian', 'guardian', 'executor', 'administrator', 'personal_representative', 'successor_in_interest',
  'attorney', 'employer', 'relative', 'sibling', 'child', 'friend', 'guarantor', 'other',
] as const;
/** `termination_notice`, `remedy_notice` and `remedy_intent` are the three 1006.6(c)(2) exceptions. */
export const purposes = ['location_information', 'termination_notice', 'opt_out_confirmation', 'remedy_notice', 'remedy_intent'] as const;
export const formats = ['postcard', 'calling_card', 'letter'] as const;
/** Social-media visibility; only these mean a private message (anything else is visible to others). */
export const privateVisibilities = ['private', 'direct', 'direct_message', 'dm'] as const;
export const directions = ['outbound', 'inbound'] as const;
export const places = ['home', 'work', 'workplace'] as const;
/** `mental_health` is accepted as the crisis moratorium. */
export const breathingSpaceTypes = ['standard', 'mental_health_crisis', 'mental_health'] as const;

export type Regime = (typeof regimes)[number];
export type Channel = (typeof channels)[number];
export type EventKind = (typeof eventKinds)[number];
export type Party = (typeof parties)[number];
export type NumberType = (typeof numberTypes)[number];
export type Relationship = (typeof relationships)[number];
export type Purpose = (typeof purposes)[number];

/** A closed vocabulary: an unknown value is reported with the value and the accepted ones. */
function closed<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (i) => `unknown value ${JSON.stringify(i.input)} (expected one of: ${values.join(', ')})` });
}
const idish = z.union([z.string(), z.number()]).transform((v) => String(v));

function custom(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** An ISO 8601 instant with offset → epoch ms. */
export const Instant = z.string().transform((s, ctx) => {
  const r = parseInstant(s);
  return r.ok ? r.ms : custom(ctx, r.problem);
});

/** A local calendar date or an instant. */
export const DateLike = z.string().transform((s, ctx): DateOrInstant => {
  const r = parseDateOrInstant(s);
  return r.ok ? r.value : custom(ctx, r.problem);
});

const Clock = z.string().transform((s, ctx) => {
  const r = parseClock(s);
  return r.ok ? r.minute : custom(ctx, r.problem);
});

const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** A weekday as a name ("Tuesday", "tue") or a number (1 = Monday … 7 or 0 = Sunday) → ISO 1..7. */
const Weekday = z.union([z.string(), z.number()]).transform((v, ctx) => {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 7 ? (v === 0 ? 7 : v) : custom(ctx, `${v} is not a weekday`);
  const i = weekdayNames.indexOf(v.trim().slice(0, 3).toLowerCase());
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const ok = i >= 0 && (v.trim().length === 3 || full[i].startsWith(v.trim().toLowerCase()));
  return ok ? i + 1 : custom(ctx, `"${v}" is not a weekday`);
});

/** An IANA time zone known to the runtime. */
export const TimeZone = z.string().refine(isKnownZone, { error: (i) => `unknown IANA time zone ${JSON.stringify(i.input)}` });

const ElectronicOptOut = z.string().refine((s) => /^(sms|email):.+/i.test(s.trim()), { error: 'expected "sms:<number>" or "email:<address>"' });

const InconvenientTime = z.object({
  daysOfWeek: z.array(Weekday).optional(),
  from: Clock.optional(),
  to: Clock.optional(),
  until: DateLike.optional(),
});

const Flags = z.object({
  ceaseCommunication: z.boolean().default(false),
  attorneyRepresented: z.boolean().default(false),
  disputed: z.boolean().default(false),
  bankruptcy: z.boolean().default(false),
  electronicOptOut: z.array(ElectronicOptOut).default([]),
  mediumOptOut: z.array(closed(channels)).default([]),
  inconvenientTimes: z.array(InconvenientTime).default([]),
  inconvenientPlaces: z.array(closed(places)).default([]),
  employerProhibitsContact: z.boolean().default(false),
  attorney: z.object({ name: z.string().optional(), address: z.string().optional() }).nullish(),
  unreachable: z.boolean().optional(),
  thirdPartyDoNotContact: z.array(idish).default([]),
  tcpaConsentNumbers: z.array(z.string()).default([]),
  mentalCapacityConcern: z.boolean().default(false),
  financialDifficulty: z.boolean().default(false),
  breathingSpace: z.object({ type: closed(breathingSpaceTypes), start: DateLike, end: DateLike.optional() }).nullish(),
  disputeGrounds: z.string().nullish(),
  deceased: z.boolean().default(false),
});

const Email = z.object({
  address: z.string().optional(),
  email: z.string().optional(),
  employerProvided: z.boolean().default(false),
  consumerUsedToCommunicate: z.boolean().default(false),
  consumerConsented: z.boolean().default(false),
});

const Debtor = z.object({
  timezone: TimeZone,
  knownTimezones: z.array(TimeZone).default([]),
  isMinor: z.boolean().default(false),
  emails: z.array(Email).default([]),
  flags: Flags.default(Flags.parse({})),
});

const DebtFlags = z.object({
  ceaseCommunication: z.boolean().default(false),
  attorneyRepresented: z.boolean().default(false),
  disputed: z.boolean().default(false),
  bankruptcy: z.boolean().default(false),
  mentalCapacityConcern: z.boolean().default(false),
  breathingSpace: z.object({ type: closed(breathingSpaceTypes), start: DateLike, end: DateLike.optional() }).nullish(),
});

const Debt = z.object({
  id: idish,
  type: z.string().optional(),
  studentLoanAccount: idish.nullish(),
  timeBarred: z.boolean().default(false),
  // `Bank` and `bank` are the same type; whether an unknown type matters depends on the regime (scenario-parse.ts)
  creditorType: z.string().transform((v) => v.trim().toLowerCase()).optional(),
  validationNoticeSentAt: DateLike.nullish(),
  validationPeriodEnd: DateLike.nullish(),
  writtenDisputeReceivedAt: DateLike.nullish(),
  verificationSentAt: DateLike.nullish(),
  flags: DebtFlags.default(DebtFlags.parse({})),
});

const contactFields = {
  at: Instant,
  channel: closed(channels),
  debtId: idish.optional(),
  party: closed(parties),
  content: z.string().optional(),
  to: z.string().optional(),
  numberType: closed(numberTypes).optional(),
  automation: closed(automations).nullish(),
  thirdPartyId: idish.optional(),
  relationship: closed(relationships).optional(),
  purpose: closed(purposes).optional(),
  inReplyTo: idish.optional(),
  ringless: z.boolean().default(false),
};

const Event = z.object({
  ...contactFields,
  id: idish.optional(),
  kind: closed(eventKinds),
  direction: closed(directions).default('outbound'),
  connected: z.boolean().default(true),
  misdirected: z.boolean().default(false),
  discussedDebtIds: z.array(idish).optional(),
  /** Who acted (e.g. `third_party_agency`); informational, counts include every worker and agency. */
  actor: z.string().optional(),
  consentWindow: z.object({ from: DateLike, to: DateLike }).optional(),
});

const Proposed = z.object({
  ...contactFields,
  kind: closed(eventKinds).optional(),
  format: closed(formats).optional(),
  envelopeText: z.string().optional(),
  addressedTo: z.string().optional(),
  visibility: z.string().optional(),
  discussedDebtIds: z.array(idish).optional(),
});

const Collector = z.object({
  isLawFirm: z.boolean().default(false),
  judgmentObtained: z.boolean().default(false),
  attorneyReviewed: z.boolean().default(false),
  governmentAffiliated: z.boolean().default(false),
  isEnforcementAgent: z.boolean().default(false),
  intendsLegalAction: z.boolean().default(false),
});

/** One scenario (RULES.md §0.3). History is sorted by time when parsed. */
export const Scenario = z.object({
  id: idish,
  regime: closed(regimes),
  debtor: Debtor,
  debts: z.array(Debt).default([]),
  history: z.array(Event).default([]).transform((h) => [...h].sort((a, b) => a.at - b.at)),
  proposed: Proposed,
  collector: Collector.default(Collector.parse({})),
});

export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type Debtor = Scenario['debtor'];
export type DebtorFlags = Debtor['flags'];
export type Debt = Scenario['debts'][number];
export type ContactEvent = Scenario['history'][number];
export type ProposedContact = Scenario['proposed'];
export type CollectorFacts = Scenario['collector'];
export type InconvenientTime = DebtorFlags['inconvenientTimes'][number];
export type BreathingSpace = NonNullable<DebtorFlags['breathingSpace']>;
