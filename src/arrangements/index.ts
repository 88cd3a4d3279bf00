/**
 * The arrangements domain's public surface: promises to pay, payment plans, settlements
 * and the authority matrix (the one source of truth the robot and the agent desk call),
 * hardship relief programmes, payment links, and the stop-on-pay interface the contact
 * engine plugs into.
 */
export { authorityLevels, scoreBands, bucketOfDpd, checkOffer, getAuthority, type Authority, type AuthorityLevel, type OfferCheck, type ScoreBand } from './authority.ts';
export { makePromise, getPromise, listPromises, cancelPromise, evaluatePromises, promiseKeptRates, type PromiseToPay } from './promises.ts';
export { proposePlan, activatePlan, cancelPlan, getPlan, listPlans, evaluatePlans, findPlanReaging, type PaymentPlan } from './plans.ts';
export { offerSettlement, decideSettlement, acceptSettlement, getSettlement, listSettlements, listSettlementLetters, type Settlement } from './settlements.ts';
export { createProgramme, getProgramme, listProgrammes, type HardshipProgramme } from './hardship-programmes.ts';
export { submitApplication, uploadEvidence, decideApplication, reviewQueue, getApplication, type HardshipApplication } from './hardship-applications.ts';
export { enrolFromCsv } from './hardship-enrol.ts';
export { createPaymentLink, getPaymentLink, listPaymentLinks, configureProvider, type PaymentLink } from './payment-links.ts';
export {
  cancelPendingContacts, registerContactCanceller, listContactCancellers, findContactStop, liftContactStop, isContactAllowed,
  type ContactCanceller, type StopRequest, type CancelledTask,
} from './stop-contact.ts';
export { configureArrangements, type ArrangementsOptions } from './options.ts';
export { arrangementTasks, arrangementCrontab } from './jobs.ts';
export { arrangementRoutes } from './routes.ts';
