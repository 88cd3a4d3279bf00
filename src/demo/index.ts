/**
 * The demo domain's public surface: the synthetic portfolio generator (used by
 * `recoup generate` and by the first `npm start` to load a demo portfolio) and the
 * portfolios and products it expects the seed to create.
 */
export { generatePortfolio, demoColumns, type GenerateOptions, type GenerateSummary } from './generate-portfolio.ts';
export { demoPortfolios, demoProducts, type DemoPortfolio, type DemoProduct } from './demo-portfolios.ts';
export { mBucketOf, type DelinquencySummary } from './delinquency-tally.ts';
export { registerDemoCommands } from './cli.ts';
