/** Every import kind's spec, by name. */
import type { ImportKind } from '../../tables.ts';
import type { KindSpec } from '../types.ts';
import { accountsSpec } from './accounts.ts';
import { borrowersSpec } from './borrowers.ts';
import { contactsSpec } from './contacts.ts';
import { paymentsSpec } from './payments.ts';
import { schedulesSpec } from './schedules.ts';

export const kindSpecs: Record<ImportKind, KindSpec> = {
  borrowers: borrowersSpec,
  contacts: contactsSpec,
  accounts: accountsSpec,
  schedules: schedulesSpec,
  payments: paymentsSpec,
};

export const importKinds = Object.keys(kindSpecs) as ImportKind[];
