/**
 * What a contact's name is, for the vCard N and KIND properties. A plan's `name:` is free text: a person
 * ("Anna Lindqvist", "Ludwig van Beethoven"), but also a role or a switchboard ("Tjänsteperson i beredskap (TiB)",
 * "Kommunens växel", "Acme customer support"), which must not be split into a family and a given name.
 */

// lower-case words that belong to a family name ("van Beethoven", "af Klint")
const PARTICLES = new Set(['af', 'av', 'da', 'de', 'del', 'della', 'den', 'der', 'di', 'du', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu']);
const SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

export interface PersonName {
  family: string;
  given: string;
  additional: string;
  suffix: string;
}

/**
 * The parts of a person's name, or undefined when the name does not read as one: every word with letters starts
 * with a capital (particles and suffixes aside). Words without letters (an emoji, a dash) are left to FN.
 */
export function personName(name: string): PersonName | undefined {
  const words = name.trim().split(/\s+/).filter((word) => HAS_LETTER.test(word));
  if (words.length === 0) return undefined;
  const suffixes: string[] = [];
  while (words.length > 1 && SUFFIXES.test(words.at(-1)!)) suffixes.unshift(words.pop()!);
  if (suffixes.length > 0) words[words.length - 1] = words.at(-1)!.replace(/,$/, '');
  if (!words.every((word) => CAPITALISED.test(word) || PARTICLES.has(word))) return undefined;
  if (!CAPITALISED.test(words[0]!) || !CAPITALISED.test(words.at(-1)!)) return undefined;
  // the family name is the last word with the particles before it
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  if (words.length === 1) return { family: words[0]!, given: '', additional: '', suffix: suffixes.join(' ') };
  return { family: words.slice(start).join(' '), given: words[0]!, additional: words.slice(1, start).join(' '), suffix: suffixes.join(' ') };
}
