/** The demo domain's public surface: the synthetic portfolio generator. */
export { generatePortfolio } from './generate-portfolio.ts';
export type { GenerateOptions, GenerateSummary } from './generate-portfolio.ts';
export { registerDemoCommands } from './cli.ts';
