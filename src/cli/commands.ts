/**
 * The list of command registrars, one per domain that has a CLI. Add a line here when a
 * domain gains a `cli.ts`; nothing else in the CLI needs to change.
 */
import type { Command } from 'commander';
import { registerAppCommands } from '../app/cli.ts';
import { registerComplianceCommands } from '../compliance/cli.ts';
import { registerDemoCommands } from '../demo/cli.ts';
import { registerScoringCommands } from '../scoring/cli.ts';
import { registerScoringRegistryCommands } from '../scoring/registry-cli.ts';
import { registerPortfolioCommands } from '../portfolio/cli.ts';
import { registerArrangementsCommands } from '../arrangements/cli.ts';
import { registerDelinquencyCommands } from '../delinquency/cli.ts';

export type CommandRegistrar = (program: Command) => void;

export const commandRegistrars: CommandRegistrar[] = [
  registerPortfolioCommands,
  registerAppCommands,
  registerComplianceCommands,
  registerDemoCommands,
  registerScoringCommands,
  registerScoringRegistryCommands,
  registerArrangementsCommands,
  registerDelinquencyCommands,
];
