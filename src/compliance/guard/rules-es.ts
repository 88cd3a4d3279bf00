/**
 * A first Spanish lexicon. US collectors call and write in Spanish (1006.18(e)(4)), and the
 * classifier was never trained on it: on a text mostly in Spanish it does not judge at all
 * (`isModelLanguage`), so these rules are the only screen. They cover the plain forms of each
 * reason — arrest, jail and the police; telling the employer, family or neighbours; seizure
 * without a judgment; insults; claiming to be police, a court or lawyers; borrowing to pay —
 * written from the policy and general Spanish usage, not from evaluation texts. Veiled and
 * obfuscated Spanish is not covered (the verdict's warning says the model did not judge it).
 * They run with the English lexicon (Latin script); the English negation rules apply, and
 * Spanish negators (nunca, jamás, tampoco) and scam warnings exempt a match.
 */
import { hoistWordBoundary } from './regex-util.ts';
import type { GuardReason, PatternRule } from './types.ts';

const ES_DENIAL = /\b(?:nunca|jam[aá]s|tampoco|ning[uú]n|nadie)\b|\bno (?:le |lo |la |te |se )?(?:vamos|iremos|vamos a|va a|ir[aá]|puede|podemos|llamaremos|diremos|contaremos|amenaza\w*)\b|\b(?:estafa\w*|suplant\w*|fraudulent\w*|haci[eé]ndose pasar|denuncie|reporte|queja)\b/;

type Opts = Omit<PatternRule, 'id' | 'reason' | 're'>;
const es = (id: string, reason: GuardReason, src: string, opts: Opts = {}): PatternRule => ({
  id: `es.${id}`,
  reason,
  re: new RegExp(hoistWordBoundary(src), 'g'),
  exempt: ES_DENIAL,
  ...opts,
});

const CIRCLE = '(?:jefe|jefa|patr[oó]n|empleador|empresa|trabajo|familia|familiares|esposa|esposo|marido|mujer|pareja|vecinos?|hijos|padres|madre|padre|amigos|contactos|compa[nñ]eros)';

/** Spanish rules. */
export const spanishRules: PatternRule[] = [
  es('threat.arrest', 'prohibited_content_threat', '\\b(?:c[aá]rcel|prisi[oó]n|arrest(?:o|ar|arlo|arla|ado|ada|aremos|ar[aá]n)|detenid[oa]|orden de (?:arresto|captura|detenci[oó]n)|ir[aá] pres[oa]|meter(?:lo|la|te)? pres[oa]|denuncia penal|delito penal|es un delito|cargos criminales)\\b'),
  es('threat.police', 'prohibited_content_threat', '\\b(?:llamaremos|llamar[eé]|avisaremos|enviaremos|mandaremos|vendr[aá]|ir[aá]) (?:a )?(?:la )?polic[ií]a\\b'),
  es('threat.exposure', 'prohibited_content_threat', `\\b(?:diremos|dir[eé]|contaremos|contar[eé]|informaremos|avisaremos|llamaremos|llamar[eé]|hablaremos con|visitaremos|iremos a) (?:a )?(?:su|tu|sus|tus) ${CIRCLE}\\b|\\b(?:le|te) (?:diremos|contaremos|avisaremos) a (?:su|tu|sus|tus) ${CIRCLE}\\b|\\btodos (?:sus|tus) (?:vecinos|contactos|compa[nñ]eros) (?:sabr[aá]n|se enterar[aá]n)\\b`),
  es('threat.seizure', 'prohibited_content_threat', '\\b(?:embargar(?:emos|le|te)?|embargaremos|le quitaremos|te quitaremos|quitarle|congelar(?:emos)?) (?:su |sus |tu |tus |la |el )?(?:casa|coche|carro|auto|sueldo|salario|cuentas?|bienes|propiedad)\\b', {
    exempt: new RegExp(`${ES_DENIAL.source}|\\b(?:sentencia|orden judicial|juez lo autoriza|conforme a la ley)\\b`),
  }),
  es('obscene', 'prohibited_content_obscene', '\\b(?:idiota|est[uú]pid[oa]|imb[eé]cil|pendej[oa]|cabr[oó]n|mierda|put[oa]|sinverg[uü]enza|ladr[oó]n|in[uú]til|maldit[oa]|chingad[oa]|carajo|gilipollas|cerdo|perdedor|muerto de hambre|tramposo|rata)\\b'),
  es('false.authority', 'false_representation', '\\b(?:somos|soy|le habla|le llama|te habla|llamamos (?:de(?:sde)?|en nombre de)|de parte de|en nombre de) (?:la |el |del |un |una )?(?:polic[ií]a|agente de polic[ií]a|oficial|tribunal|juzgado|corte|fiscal[ií]a|fiscal|gobierno|abogad[oa]s?|bufete|sheriff|alguacil|fbi|irs|departamento de justicia)\\b|\\b(?:orden judicial|citaci[oó]n judicial) (?:contra usted|a su nombre)\\b'),
  es('pressure.borrow', 'undue_pressure', '\\b(?:pida|pide|pedir|pedirle) (?:dinero )?prestado\\b|\\bpr[eé]stamo de d[ií]a de pago\\b|\\b(?:venda|vende|vender) (?:su|tu) (?:casa|coche|carro|auto)\\b|\\b(?:use|usa|usar) (?:su|tu) tarjeta de cr[eé]dito para pagar\\b|\\bno aceptamos (?:planes de pago|pagos parciales|acuerdos)\\b|\\b(?:en|dentro de) (?:una|la pr[oó]xima) hora\\b'),
];
