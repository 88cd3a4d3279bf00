/**
 * The one place the arrangements domain reaches the portfolio domain's payment posting
 * (payment links record their payments through it; nothing here posts payments itself).
 */
export { postPayments, type PaymentToPost, type PostPaymentResult } from '../portfolio/index.ts';
