import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isPlaceholder } from '../rules/placeholder.js';

/** An inquirer-style check: true, or the message shown next to the question. */
export type Check = (value: string) => true | string;

const ID = /^[a-z0-9][a-z0-9_-]*$/;

// The plan schema checks e-mail and URLs with ajv-formats; the wizard uses the same formats so what it accepts validates
const isEmail = fullFormats.email as RegExp;
const isUri = fullFormats.uri as (value: string) => boolean;

export const checkText: Check = (value) => (value.trim() !== '' ? true : 'this cannot be empty');

export const checkEmail: Check = (value) =>
  isEmail.test(value.trim()) ? true : 'enter an e-mail address such as anna@example.se';

export const checkPhone: Check = (value) => {
  const phone = value.trim();
  if (phone.length > 60) return 'a phone number has at most 60 characters';
  if (isPlaceholder(phone) && /[0-9]/.test(phone)) return true;
  const digits = phone.replace(/[^0-9]/g, '').length;
  return /^\+?[0-9(][0-9 ()./-]*$/.test(phone) && digits >= 3 ? true : 'enter a phone number such as +46 70 123 45 67';
};

export const checkUrl: Check = (value) => {
  const url = value.trim();
  return /^https?:\/\/[^/\s]/i.test(url) && isUri(url) ? true : 'enter an http(s) address such as https://status.example.com';
};

/** A contact id: the plan's id pattern, not one of `taken` (other contacts' ids). */
export function checkId(taken: Iterable<string>): Check {
  const used = new Set(taken);
  return (value) => {
    const id = value.trim();
    if (!ID.test(id)) return 'an id is lowercase letters, digits, - and _, starting with a letter or digit (e.g. anna)';
    if (used.has(id)) return `"${id}" is already another contact's id; choose another`;
    return true;
  };
}

/** A short contact id from a name: the first name without accents (Åsa Öberg → asa), else the whole name, else `fallback`. */
export function idFromName(name: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/[øœ]/g, 'o')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const words = isPlaceholder(name) ? [] : name.trim().split(/\s+/);
  const candidates = [slug(words[0] ?? ''), slug(words.join(' ')), fallback].filter((id) => ID.test(id));
  const free = candidates.find((id) => !used.has(id));
  if (free !== undefined) return free;
  const base = candidates[0] ?? fallback;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
