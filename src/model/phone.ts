/**
 * Phone numbers as data: one parse of what the plan says, from which the `tel:` link, the vCard TEL and the
 * printed number all come, so the handbook never links a number other than the one it shows.
 *
 * Parsing is libphonenumber-js, a maintained port of Google's libphonenumber (the numbering plans of every
 * country, updated with each release): it knows that `+46 (0)70 …` drops the national 0, how an extension is
 * written, and how a Swedish or British reader writes a number. Its `min` metadata (80 kB) checks lengths
 * per numbering plan, not every digit range: enough to catch a wrong or doubled number, and it keeps start-up
 * fast. It is loaded only when a number is read (and preloaded by the commands that read plans).
 */
import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber as LibraryNumber } from 'libphonenumber-js/min';
import type { Plan } from './plan.js';

type Library = typeof import('libphonenumber-js/min');

let library: Library | undefined;

/** Loads the parser ahead of use, as one bundled chunk; without it the first read loads it synchronously. */
export async function preparePhoneNumbers(): Promise<void> {
  library ??= await import('libphonenumber-js/min');
}

function phoneLibrary(): Library {
  library ??= createRequire(import.meta.url)('libphonenumber-js/min') as Library;
  return library;
}

export type PhoneReading =
  /** a full number: E.164 with an optional extension */
  | { kind: 'number'; e164: string; ext?: string; country?: string; national: string; international: string }
  /** a short service number dialled as it is (112, 114 14, 1177) */
  | { kind: 'service'; digits: string }
  /** a national number (070-…) with no country to resolve it against */
  | { kind: 'no-country' }
  /** more than one number in the field */
  | { kind: 'several' }
  /** not a phone number the numbering plans know */
  | { kind: 'invalid' };

// `08-123 45 67 ankn. 12`, `… ext. 12`, `… extension 12`, `… x12`, `… #12`
const EXTENSION = /(?:^|[\s,;])(?:ankn(?:ytning)?\.?|anknytning|ext(?:ension)?\.?|x|#)\s*:?\s*(\d{1,8})\s*$/i;
// 112, 114 14, 1177, 116 117: a few digits, no leading 0 or +, as printed on the authority's own page
const SERVICE = /^[1-9](?:[ -]?\d){2,5}$/;
// between two numbers: a comma, semicolon, slash, ampersand, or the word or/and/eller/och
const BETWEEN = /\s*(?:[,;/&|]|\s(?:or|and|eller|och)\s)\s*/i;

// by country, then by the text as written: no key string is built per lookup
const cache = new Map<string | undefined, Map<string, PhoneReading>>();
let cached = 0;

/** Reads a phone number as written in the plan; `country` (ISO 3166-1 alpha-2) resolves national numbers. */
export function readPhone(text: string, country?: string): PhoneReading {
  let byText = cache.get(country);
  if (byText === undefined) cache.set(country, (byText = new Map()));
  let reading = byText.get(text);
  if (reading === undefined) {
    reading = parse(text, country);
    // plans repeat a few numbers many times (every owner line); a hostile plan must not fill memory with them
    if (++cached > 10_000) {
      cache.clear();
      cached = 1;
      cache.set(country, (byText = new Map()));
    }
    byText.set(text, reading);
  }
  return reading;
}

function parse(text: string, country: string | undefined): PhoneReading {
  const trimmed = text.trim();
  // past 60 characters no single number is meant: do not hand the parser a megabyte
  if (trimmed.length > 60) return /\d[^\d]+\d/.test(trimmed) && trimmed.split(BETWEEN).filter(hasNumber).length > 1 ? { kind: 'several' } : { kind: 'invalid' };
  if (SERVICE.test(trimmed)) return { kind: 'service', digits: trimmed.replace(/[ -]/g, '') };
  // digits, spaces and + - ( ) . alone (most numbers) can hold neither an extension word nor a separator between two numbers
  const simple = isPlainNumber(trimmed);
  const extension = simple ? null : EXTENSION.exec(trimmed);
  const number = extension ? trimmed.slice(0, extension.index).trim() : trimmed;
  if (!simple && number.split(BETWEEN).filter(hasNumber).length > 1) return { kind: 'several' };
  const lib = phoneLibrary();
  const home = countryCode(country);
  const isInternational = /^\s*(?:\+|00)/.test(number);
  if (!isInternational && home === undefined) return /\d/.test(number) ? { kind: 'no-country' } : { kind: 'invalid' };
  let parsed: LibraryNumber | undefined;
  try {
    parsed = lib.parsePhoneNumberFromString(number, { defaultCountry: home, extract: false });
  } catch {
    parsed = undefined;
  }
  if (!parsed) {
    // two numbers written with only a space between them
    if (lib.findPhoneNumbersInText(number, home).length > 1) return { kind: 'several' };
    return { kind: 'invalid' };
  }
  if (!parsed.isPossible()) return lib.findPhoneNumbersInText(number, home).length > 1 ? { kind: 'several' } : { kind: 'invalid' };
  const ext = extension?.[1] ?? parsed.ext;
  const read = parsed;
  // the printed forms are made when an output asks for them: validate's phone rule needs only the kind, and
  // formatting was a tenth of a validate run
  let plain: LibraryNumber | undefined | null = null;
  let national: string | undefined;
  let international: string | undefined;
  const bare = () => (plain === null ? (plain = lib.parsePhoneNumberFromString(read.number)) : plain);
  return {
    kind: 'number',
    e164: parsed.number,
    ...(ext ? { ext } : {}),
    ...(parsed.country ? { country: parsed.country } : {}),
    get national() {
      return (national ??= bare()?.formatNational() ?? read.formatNational());
    },
    get international() {
      return (international ??= bare()?.formatInternational() ?? read.formatInternational());
    },
  };
}

/** Only ASCII digits, spaces, `+`, `-`, `(`, `)` and `.`: what EXTENSION and BETWEEN can never match in. */
function isPlainNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x2b || c === 0x2d || c === 0x28 || c === 0x29 || c === 0x2e)) return false;
  }
  return true;
}

/** At least six digits (0-9): a part that can be a number of its own. */
function hasNumber(part: string): boolean {
  let digits = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 6) return true;
  }
  return false;
}

// every number of a plan is read with the plan's country: whether the library knows it is looked up once
const countryCodes = new Map<string, CountryCode | undefined>();

function countryCode(country: string | undefined): CountryCode | undefined {
  if (country === undefined || !/^[A-Za-z]{2}$/.test(country)) return undefined;
  if (countryCodes.has(country)) return countryCodes.get(country);
  const code = country.toUpperCase() as CountryCode;
  const known = phoneLibrary().isSupportedCountry(code) ? code : undefined;
  countryCodes.set(country, known);
  return known;
}

/**
 * The country national numbers in a plan are resolved against: `plan.jurisdiction`, else what the handbook
 * language implies (sv → SE); an English plan without a jurisdiction has none, so its numbers need a `+`.
 */
export function planCountry(plan: Pick<Plan, 'plan'>): string | undefined {
  const jurisdiction = (plan.plan as { jurisdiction?: unknown }).jurisdiction;
  if (typeof jurisdiction === 'string' && /^[A-Za-z]{2}$/.test(jurisdiction)) return jurisdiction.toUpperCase();
  return plan.plan.language === 'sv' ? 'SE' : undefined;
}

/** What one phone field becomes in every output: the link (absent when the number cannot be read) and the text. */
export interface PhoneOutput {
  /** RFC 3966 `tel:` URI, with `;ext=` for an extension */
  href?: string;
  /** the national form for a number of the plan's country, the international form otherwise; as written when unread */
  text: string;
}

/** `extensionWord` is the reader's word before an extension (`words(lang).phone.extension` in src/i18n/). */
export function phoneOutput(written: string, country: string | undefined, extensionWord = 'ext.'): PhoneOutput {
  const reading = readPhone(written, country);
  if (reading.kind === 'service') return { href: `tel:${reading.digits}`, text: written.trim() };
  if (reading.kind !== 'number') return { text: written };
  const isHome = country !== undefined && reading.country === country.toUpperCase();
  const base = isHome ? reading.national : reading.international;
  const extension = reading.ext ? ` ${extensionWord} ${reading.ext}` : '';
  return { href: `tel:${reading.e164}${reading.ext ? `;ext=${reading.ext}` : ''}`, text: `${base}${extension}` };
}
