import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeWith } from '../helpers/external.js';
import { krisplan, outputFolder, planSets } from './outputs.js';

// one Python process per library reads every file; strict where the library can be (vobject's validate=True)
const ICALENDAR = `
import sys, json, icalendar
out = {}
for path in sys.argv[1:]:
    data = open(path, encoding='utf-8', newline='').read()
    if path.endswith('.ics'):
        cal = icalendar.Calendar.from_ical(data)
        errors = [str(c.errors) for c in cal.walk() if c.errors]
        out[path] = {'items': len(cal.walk('VEVENT')), 'errors': errors}
    else:
        cards = icalendar.cal.Component.from_ical(data, multiple=True)
        out[path] = {'items': len(cards), 'errors': [str(c.errors) for c in cards if c.errors], 'names': [str(c['FN']) for c in cards]}
print(json.dumps(out, ensure_ascii=False))
`;
const VOBJECT = `
import sys, json, vobject
out = {}
for path in sys.argv[1:]:
    data = open(path, encoding='utf-8', newline='').read()
    items = []
    for component in vobject.readComponents(data, validate=True):
        if component.name == 'VCALENDAR':
            items += [{'summary': e.summary.value} for e in component.contents.get('vevent', [])]
        else:
            n = component.n.value
            items.append({'fn': component.fn.value, 'kind': component.kind.value, 'n': [n.family, n.given, n.additional, n.prefix, n.suffix]})
    out[path] = {'items': len(items), 'cards': [i for i in items if 'fn' in i]}
print(json.dumps(out, ensure_ascii=False))
`;

interface Parsed {
  items: number;
  errors?: string[];
  cards?: { fn: string; kind: string; n: string[] }[];
}

const out = outputFolder();
/** each output file and how many events or cards krisplan wrote into it */
const written = new Map<string, number>();

function writeOutputs(): void {
  if (written.size > 0) return;
  planSets().forEach((set, i) => {
    const calendar = join(out, `calendar-${i}.ics`);
    const text = krisplan(['calendar', ...set.plans], set.cwd);
    writeFileSync(calendar, text);
    written.set(calendar, text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0);
    set.plans.forEach((plan, j) => {
      const cards = join(out, `contacts-${i}-${j}.vcf`);
      const vcf = krisplan(['contacts', plan], set.cwd);
      writeFileSync(cards, vcf);
      written.set(cards, vcf.match(/^BEGIN:VCARD\r$/gm)?.length ?? 0);
    });
  });
}

function parse(python: string, script: string): Record<string, Parsed> {
  return JSON.parse(execFileSync(python, ['-c', script, ...written.keys()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, Parsed>;
}

describeWith(['python-icalendar'], "Python's icalendar over the calendars and vCards", ({ 'python-icalendar': [python] }) => {
  beforeAll(writeOutputs);

  it('reads every event and every card, with no errors', () => {
    const parsed = parse(python, ICALENDAR);
    expect(Object.fromEntries(Object.entries(parsed).map(([file, p]) => [file, [p.items, p.errors]]))).toEqual(Object.fromEntries([...written].map(([file, count]) => [file, [count, []]])));
    expect([...written.values()].every((count) => count > 0)).toBe(true);
  });
});

describeWith(['python-vobject'], "Python's vobject (validating) over the calendars and vCards", ({ 'python-vobject': [python] }) => {
  beforeAll(writeOutputs);

  it('reads every event and every card', () => {
    const parsed = parse(python, VOBJECT);
    expect(Object.fromEntries(Object.entries(parsed).map(([file, p]) => [file, p.items]))).toEqual(Object.fromEntries(written));
  });

  it('reads people as individuals with their names split, organisations as KIND:org with no name parts', () => {
    const cards = Object.values(parse(python, VOBJECT)).flatMap((p) => p.cards ?? []);
    const byName = new Map(cards.map((card) => [card.fn, card]));
    expect(byName.get('Anna Lindqvist')).toEqual({ fn: 'Anna Lindqvist', kind: 'individual', n: ['Lindqvist', 'Anna', '', '', ''] });
    expect(byName.get('Acme Analytics customer support')).toEqual({ fn: 'Acme Analytics customer support', kind: 'org', n: ['', '', '', '', ''] });
    expect(byName.get('Polisen')).toEqual({ fn: 'Polisen', kind: 'org', n: ['', '', '', '', ''] });
  });
});
