/**
 * How the strategy's channels map onto the scenario channels the rules know (issue 3 §6):
 * a robot call is a phone call with an artificial voice (FCC 24-17: AI voices are
 * "artificial"), a chat robot and SMS are text messages, agency and legal actions use the
 * channel they are carried on, with the agency as actor. Scenario channels map onto themselves.
 */
import type { Channel } from '../scenario.ts';

/** What a strategy channel becomes in a scenario. */
export type ChannelMapping = {
  channel: Channel;
  automation?: 'artificial_voice';
  /** Set when the contact is carried out by a third-party agency (CN: counts with the institution's own). */
  actor?: 'third_party_agency';
  /** Legal actions: stopped by a pending complaint (see holds/hold-types.ts). */
  legal?: boolean;
};

/** The strategy channel → scenario channel table. */
export const strategyChannelMap = {
  voice_bot: { channel: 'phone', automation: 'artificial_voice' },
  agent_call: { channel: 'phone' },
  chat_bot: { channel: 'sms' },
  sms: { channel: 'sms' },
  email: { channel: 'email' },
  letter: { channel: 'letter' },
  social_media: { channel: 'social_media' },
  phone: { channel: 'phone' },
  agency_call: { channel: 'phone', actor: 'third_party_agency' },
  agency_sms: { channel: 'sms', actor: 'third_party_agency' },
  agency_letter: { channel: 'letter', actor: 'third_party_agency' },
  agency_email: { channel: 'email', actor: 'third_party_agency' },
  legal_letter: { channel: 'letter', legal: true },
  legal_call: { channel: 'phone', legal: true },
} as const satisfies Record<string, ChannelMapping>;

/** A channel name the gate accepts: a strategy channel or a scenario channel. */
export type GateChannel = keyof typeof strategyChannelMap;

/** The channel names the gate accepts. */
export const gateChannels = Object.keys(strategyChannelMap) as GateChannel[];

/** Maps a strategy (or scenario) channel; null when unknown (the gate then blocks: fail closed). */
export function mapStrategyChannel(name: string): ChannelMapping | null {
  return Object.hasOwn(strategyChannelMap, name) ? strategyChannelMap[name as GateChannel] : null;
}
