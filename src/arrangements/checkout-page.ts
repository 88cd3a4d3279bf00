/**
 * The local provider's checkout page (`GET /pay/:token`), in zh-CN or en: the lender,
 * the account, the amount, and a form that records the payment (`POST /pay/:token`).
 * Pure rendering; the route loads the link.
 */
import { formatMoney } from './letters.ts';

export type CheckoutView = {
  token: string; lender: string; accountRef: string; amountMinor: number; currency: string; status: 'open' | 'paid' | 'expired' | 'cancelled';
  locale: 'zh-CN' | 'en'; message?: string;
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const text = {
  'zh-CN': { title: '在线还款', lender: '出借机构', account: '账户', amount: '应付金额', payer: '付款人姓名', pay: '确认支付', paid: '已付款，谢谢！该笔还款已入账，相关催收联系已停止。', closed: '该付款链接已失效。', other: 'English' },
  en: { title: 'Pay online', lender: 'Lender', account: 'Account', amount: 'Amount due', payer: 'Name of payer', pay: 'Pay now', paid: 'Paid — thank you. The payment is posted and collection contact on it has stopped.', closed: 'This payment link is no longer valid.', other: '中文' },
} as const;

/** Renders the page. */
export function renderCheckoutPage(v: CheckoutView): string {
  const t = text[v.locale];
  const other = v.locale === 'zh-CN' ? 'en' : 'zh-CN';
  const body =
    v.status === 'paid' ? `<p class="ok">${esc(t.paid)}</p>`
    : v.status !== 'open' ? `<p class="err">${esc(t.closed)}</p>`
    : `<form method="post" action="/pay/${esc(v.token)}?lang=${v.locale}">
        <label>${esc(t.payer)} <input name="payer" autocomplete="name"></label>
        <button type="submit">${esc(t.pay)} ${esc(formatMoney(v.amountMinor, v.currency))}</button>
      </form>`;
  return `<!doctype html><html lang="${v.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title)}</title><style>body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
dt{color:#555}dd{margin:0 0 .8rem;font-weight:600}button{padding:.7rem 1.2rem;font-size:1rem}.ok{color:#060}.err{color:#a00}</style></head>
<body><h1>${esc(t.title)}</h1>${v.message ? `<p class="err">${esc(v.message)}</p>` : ''}
<dl><dt>${esc(t.lender)}</dt><dd>${esc(v.lender)}</dd><dt>${esc(t.account)}</dt><dd>${esc(v.accountRef)}</dd><dt>${esc(t.amount)}</dt><dd>${esc(formatMoney(v.amountMinor, v.currency))}</dd></dl>
${body}<p><a href="/pay/${esc(v.token)}?lang=${other}">${esc(t.other)}</a></p></body></html>`;
}

/** Picks the page language: `?lang`, else Accept-Language, else the link's locale. */
export function pickLocale(lang: string | undefined, acceptLanguage: string | undefined, fallback: 'zh-CN' | 'en'): 'zh-CN' | 'en' {
  if (lang === 'en' || lang === 'zh-CN') return lang;
  if (acceptLanguage) {
    const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('zh')) return 'zh-CN';
    if (first.startsWith('en')) return 'en';
  }
  return fallback;
}
