/** Language detection for the content guard: the share of Chinese characters. */
import type { GuardLang } from './types.ts';

/**
 * `zh` when Chinese characters make up at least a fifth of the letters (a Chinese
 * character counts as much as three Latin letters, roughly one word), otherwise `en`.
 * @example detectLanguage('您好，请还款') === 'zh'
 */
export function detectLanguage(text: string): GuardLang {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(ch)) cjk++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  if (cjk === 0) return 'en';
  return cjk * 3 >= (cjk * 3 + latin) * 0.2 ? 'zh' : 'en';
}
