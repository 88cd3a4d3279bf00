/**
 * The portfolio domain's public surface: portfolios and products, the allocation
 * waterfall, payment posting and reversal (used by arrangements), the after-payments hook
 * (wired to delinquency by the composition root), read models, imports and the HTTP routes.
 */
export { allocatePayment, applyAllocation, components, defaultWaterfall, isWaterfall, sortOldestFirst } from './allocation.ts';
export type { Allocation, AllocationLine, ComponentAmounts, InstallmentBalance } from './allocation.ts';
export { currencies, findCurrencyExponent, formatMinor, isCurrency, parseMajorAmount } from './currency.ts';
export { isCalendarDate, isInstant, isTimeZone } from './fields.ts';
export { createPortfolio, createProduct, getPortfolio, listPortfolios, PortfolioInput, ProductInput, type Portfolio, type Product } from './portfolios.ts';
export { postPayments, type PaymentToPost, type PostingContext, type PostPaymentResult, type SuspenseReason } from './payments/post-payments.ts';
export { reversePayment, type ReversedPayment, type ReversePaymentInput } from './payments/reverse-payment.ts';
export { setAfterPaymentsHook, type AfterPaymentsEvent, type AfterPaymentsHook } from './payments/after-payments-hook.ts';
export { addPortfolioSummarySection, getPortfolioSummary, type PortfolioSummary, type PortfolioSummarySection } from './portfolio-summary.ts';
export { getAccount, listAccounts, type AccountView } from './account-queries.ts';
export { getBorrower, listBorrowers, type BorrowerView } from './borrower-queries.ts';
export { runImport, formatOf, type ImportRequest, type ImportSummary } from './import/run-import.ts';
export { importKinds } from './import/kinds/index.ts';
export { portfolioRoutes } from './routes.ts';
export type { AccountStatus, Component, ImportKind } from './tables.ts';
