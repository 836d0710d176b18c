import { describe, expect, it } from 'vitest';
import { LANGS, words } from '../../src/i18n/index.js';

/** Every leaf of a dictionary as `path: kind`, so two languages compare key for key. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (Array.isArray(value)) return [`${path}: list of ${value.length}`, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  if (value !== null && typeof value === 'object') return Object.keys(value).sort().flatMap((key) => shape((value as Record<string, unknown>)[key], `${path}.${key}`));
  return [`${path}: ${typeof value}`];
}

function emptyTexts(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => emptyTexts(child, `${path}.${key}`));
  return [];
}

describe('i18n', () => {
  const english = shape(words('en'));

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s has every key English has, and no other', (lang) => {
    expect(shape(words(lang))).toEqual(english);
  });

  it.each([...LANGS])('%s has no empty text', (lang) => {
    expect(emptyTexts(words(lang))).toEqual([]);
  });

  it('the shape covers the dictionaries (a handbook key and the init words are in it)', () => {
    expect(english).toContain('.handbook.section.firstHour: string');
    expect(english).toContain('.plan.header: function/2');
    expect(english).toContain('.incident.kit.agenda1: string');
    expect(english).toContain('.incident.evaluation.activated: function/3');
    expect(english).toContain('.exercise.doc.facilitator: string');
    expect(english).toContain('.deadlines.waiting: function/1');
    expect(english).toContain('.phone.extension: string');
    expect(english.length).toBeGreaterThan(180);
  });
});
