// Writes N realistic plans from a seeded generator, so benchmark runs are comparable. By default each plan is
// clean and about 530 lines; a kind makes corpora like real ones, which are not clean:
//   clean     every plan clean under every rule (activation, clocks for personal-data risks, exercises naming the playbooks)
//   warning   every plan with one warning (a stale review: the most common finding there is)
//   errors    every tenth plan with one error (a severity off the scale), the rest clean
//   sizes     plans of about 65 to 2,000 lines (log-uniform), each with one warning
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionals, wholeNumber } from './args.mjs';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['server', 'database', 'login', 'payment', 'network', 'supplier', 'backup', 'customer', 'message', 'incident', 'capacity', 'domain', 'restore', 'monitor', 'escalate', 'notify', 'verify', 'contain', 'document', 'review'];

/**
 * One plan. `scale` multiplies the number of contacts, risks, playbooks and evaluations (1: about 530 lines);
 * `stale` makes the plan's own review a year overdue (one stale-review warning); `error` puts one risk's
 * severity off the scale (one schema error).
 */
export function generatePlan(index, random, { scale = 1, stale = false, error = false } = {}) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const day = () => `"2026-${String(int(9, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}"`;
  const count = (n, min) => Math.max(min, Math.round(n * scale));
  // the parts of a playbook or an evaluation shrink with a small plan, but do not grow with a large one
  const small = (n) => Math.max(1, Math.round(n * Math.min(scale, 1)));
  const contacts = Array.from({ length: count(12, 2) }, (_, i) => `c${i}`);
  const playbooks = Array.from({ length: count(5, 1) }, (_, i) => `pb${i}`);
  const suppliers = Math.floor((contacts.length * 2) / 3);
  const lines = [
    '# yaml-language-server: $schema=../schemas/plan.schema.json',
    'krisplan: 1',
    'plan:',
    `  title: Plan for unit ${index}`,
    `  organization: Unit ${index}`,
    '  owner: c0',
    '  language: en',
    `  reviewed: ${stale ? '"2025-06-01"' : day()}`,
    '  review_every: 1 year',
    'contacts:',
  ];
  for (const [i, id] of contacts.entries()) {
    lines.push(`  - id: ${id}`, `    name: Person ${index}-${i}`, `    role: ${words(2)}`, `    type: ${i < suppliers ? 'staff' : 'supplier'}`, `    phone: "+46 70 ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}"`, `    email: p${i}@unit${index}.example.com`, '    availability: office-hours', `    deputy: ${contacts[(i + 1) % contacts.length]}`, `    verified: ${day()}`, ...(i === Math.min(7, contacts.length - 1) ? ['    public: true'] : []));
  }
  // the data-protection authority a personal data breach is reported to (GDPR art. 33): the clocks below notify it
  lines.push('  - id: dpa', '    name: Data protection authority', '    type: authority', '    phone: "+46 8 657 61 00"', '    email: dpa@authority.example.org', '    verified: "2026-10-01"');
  lines.push('activation:', '  entry_point: c0', '  levels:', '    - id: crisis', '      title: Crisis', '      criteria: [a critical service is down, personal data has leaked]', '      declared_by: [c0, c1]', '      convene: [c0, c1]');
  lines.push('risks:');
  const risks = count(12, 1);
  const breaches = new Set();
  for (let i = 0; i < risks; i++) {
    const severity = error && i === risks - 1 ? 9 : int(1, 5);
    const likelihood = int(1, 5);
    const category = pick(['data-breach', 'overload', 'outage', 'supplier', 'other']);
    const playbook = pick(playbooks);
    if (category === 'data-breach') breaches.add(playbook);
    lines.push(`  - id: r${i}`, `    title: ${words(3)}`, `    category: ${category}`, `    description: ${words(12)}`, `    severity: ${severity}`, `    likelihood: ${likelihood}`, `    owner: ${pick(contacts)}`, `    mitigations: [${words(2)}, ${words(3)}]`, `    playbook: ${playbook}`, `    reviewed: ${day()}`);
  }
  lines.push('preparedness:', '  crisis_site:', `    url: https://status${index}.example.com`, '    hosting: separate static hosting', '    owner: c1', `    tested: ${day()}`, '    test_every: 6 months', '    messages:');
  for (const id of playbooks) lines.push(`      ${id}: ${words(10)}`);
  lines.push('  backups:');
  for (let i = 0; i < count(4, 1); i++) lines.push(`    - id: b${i}`, `      system: ${words(2)}`, '      frequency: daily', `      owner: ${pick(contacts)}`, `      restore_tested: ${day()}`, '      test_every: 6 months');
  if (count(3, 0) > 0) lines.push('  training:');
  for (let i = 0; i < count(3, 0); i++) lines.push(`    - id: t${i}`, `      topic: ${words(3)}`, '      audience: all staff', `      owner: ${pick(contacts)}`, `      held: ${day()}`, '      every: 1 year');
  if (count(3, 0) > 0) lines.push('  resources:');
  for (let i = 0; i < count(3, 0); i++) lines.push(`    - id: res${i}`, `      title: ${words(2)}`, `      owner: ${pick(contacts)}`, `      provider: ${contacts[suppliers + (i % (contacts.length - suppliers))]}`);
  lines.push('playbooks:');
  for (const id of playbooks) {
    lines.push(`  - id: ${id}`, `    title: ${words(2)}`, `    trigger: ${words(8)}`, `    owner: ${pick(contacts)}`, '    steps:');
    for (let s = 0; s < small(8); s++) lines.push(`      - action: ${words(7)}`, `        owner: ${pick(contacts)}`, `        within: ${int(1, 48)} hours`, `        notes: ${words(9)}`);
    if (breaches.has(id)) lines.push('    clocks:', '      - obligation: gdpr-33', '        notify: dpa');
  }
  // every plan has exercised its playbooks (the unexercised and exercise-coverage rules)
  lines.push('evaluations:');
  for (let i = 0; i < count(2, 1); i++) {
    lines.push(`  - date: ${day()}`, '    type: exercise', `    title: ${words(3)}`, `    playbooks: [${playbooks.join(', ')}]`, `    went_well: [${words(3)}]`, `    improve: [${words(3)}]`, '    actions:');
    for (let a = 0; a < small(3); a++) lines.push(`      - action: ${words(5)}`, `        owner: ${pick(contacts)}`, `        due: "2027-0${int(1, 9)}-15"`, `        done: ${random() < 0.5}`);
  }
  return `${lines.join('\n')}\n`;
}

export const KINDS = ['clean', 'warning', 'errors', 'sizes'];

/** Writes `count` plans of one kind into `directory`; returns their line counts. */
export function generatePlans(directory, count = 1000, seed = 1, kind = 'clean') {
  if (!KINDS.includes(kind)) throw new Error(`kind must be one of ${KINDS.join(', ')}, not ${kind}`);
  const random = mulberry32(seed);
  mkdirSync(directory, { recursive: true });
  const lines = [];
  for (let i = 0; i < count; i++) {
    // sizes: scale 0.03 to 3.9, evenly spread on a log scale (about 65 to 2,000 lines)
    const scale = kind === 'sizes' ? Math.exp(Math.log(0.03) + (Math.log(3.9) - Math.log(0.03)) * random()) : 1;
    const text = generatePlan(i, random, { scale, stale: kind === 'warning' || kind === 'sizes', error: kind === 'errors' && i % 10 === 0 });
    writeFileSync(join(directory, `plan-${String(i).padStart(4, '0')}.yaml`), text);
    lines.push(text.split('\n').length - 1);
  }
  return lines;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const usage = `node scripts/generate-plans.mjs DIR [COUNT=1000] [SEED=1] [KIND=clean] (KIND: ${KINDS.join(', ')})`;
  const [directory, count = '1000', seed = '1', kind = 'clean'] = positionals(process.argv.slice(2), usage);
  if (!KINDS.includes(kind)) {
    process.stderr.write(`error: KIND must be one of ${KINDS.join(', ')}, not "${kind}"
usage: ${usage}
`);
    process.exit(2);
  }
  generatePlans(directory, wholeNumber(count, 'COUNT', usage), wholeNumber(seed, 'SEED', usage), kind);
}
