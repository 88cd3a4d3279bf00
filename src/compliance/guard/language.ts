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

const englishWords = /\b(?:the|you|your|this|is|are|to|please|call|we|our|of|and|for|from|with|about|me|at|on|it|be|will|have|has|that|not|can|if|by|an)\b/gi;
// function words of the Latin-script languages a collector in our markets meets besides English
// (Spanish first, also French, Portuguese, Italian, German); none is an English word
const foreignWords =
  /(?<![\p{L}])(?:el|la|los|las|un|una|unos|de|hola|bonjour|es|esta|este|esto|del|que|y|en|por|para|con|su|sus|usted|ustedes|se|lo|al|será|está|son|deuda|deudas|pago|cobrar|cobrador|información|gracias|nuestro|nosotros|llame|favor|le|les|des|du|et|est|vous|votre|nous|avec|sur|ce|cette|ici|une|você|não|uma|sua|seu|il|di|che|sono|der|die|das|und|ist|sie|ihr|nicht|mit)(?![\p{L}])/giu;

function distinct(text: string, re: RegExp): number {
  return new Set((text.match(re) ?? []).map((w) => w.toLowerCase())).size;
}

/**
 * Whether the trained classifier knows the text's language. It was trained on English and
 * Chinese only; on a text written mostly in another language (more distinct Spanish, French,
 * Portuguese, Italian or German than English function words, at least two) its score is noise, so it must not block on
 * its own (the rules still run). A text with Chinese characters is screened.
 * @example isModelLanguage('Esta es una comunicación de un cobrador de deudas.') === false
 */
export function isModelLanguage(text: string): boolean {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return true;
  const foreign = distinct(text, foreignWords);
  return !(foreign >= 2 && foreign > distinct(text, englishWords));
}

/**
 * The text with each sentence the classifier does not know (`isModelLanguage` false) blanked
 * out with spaces (same length, so offsets stay valid), and whether any was. In a mixed
 * English/Spanish message the English sentences are still judged by the model.
 * @example maskUnscreened('Pay now. Esta es una deuda.').masked === 'Pay now.                  '
 */
export function maskUnscreened(text: string): { masked: string; blanked: boolean } {
  let blanked = false;
  const masked = text.replace(/[^.!?;\n。！？；]+[.!?;\n。！？；]*/g, (sentence) => {
    if (isModelLanguage(sentence)) return sentence;
    blanked = true;
    return ' '.repeat(sentence.length);
  });
  return { masked, blanked };
}

/** The warning given with a verdict on a text whose language the classifier does not know. */
export const UNSCREENED_LANGUAGE_WARNING =
  'the text is not in English or Chinese: only the rules judged it, the trained classifier does not screen this language / 文本不是中文或英文：仅规则检查，分类模型未审查该语言';

/** The warning given when some sentences of a mixed message were not judged by the classifier. */
export const PARTLY_UNSCREENED_WARNING =
  'part of the text is not in English or Chinese: only the rules judged those sentences, the trained classifier screened the rest / 部分文本不是中文或英文：这些句子仅规则检查，其余由分类模型审查';
