// Writes N realistic plans of about 500 lines each, from a seeded generator, so benchmark runs are comparable.
// Usage: node scripts/generate-plans.mjs DIR [COUNT=1000] [SEED=1]
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

export function generatePlan(index, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const day = () => `"2026-${String(int(9, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}"`;
  const contacts = Array.from({ length: 12 }, (_, i) => `c${i}`);
  const playbooks = Array.from({ length: 5 }, (_, i) => `pb${i}`);
  const lines = [
    '# yaml-language-server: $schema=../schemas/plan.schema.json',
    'krisplan: 1',
    'plan:',
    `  title: Plan for unit ${index}`,
    `  organization: Unit ${index}`,
    '  owner: c0',
    '  language: en',
    `  reviewed: ${day()}`,
    '  review_every: 1 year',
    'contacts:',
  ];
  for (const [i, id] of contacts.entries()) {
    lines.push(`  - id: ${id}`, `    name: Person ${index}-${i}`, `    role: ${words(2)}`, `    type: ${i < 8 ? 'staff' : 'supplier'}`, `    phone: "+46 70 ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}"`, `    email: p${i}@unit${index}.example.com`, '    availability: office-hours', `    deputy: ${contacts[(i + 1) % contacts.length]}`, `    verified: ${day()}`, ...(i === 7 ? ['    public: true'] : []));
  }
  lines.push('risks:');
  for (let i = 0; i < 12; i++) {
    const severity = int(1, 5);
    const likelihood = int(1, 5);
    lines.push(`  - id: r${i}`, `    title: ${words(3)}`, `    category: ${pick(['data-breach', 'overload', 'outage', 'supplier', 'other'])}`, `    description: ${words(12)}`, `    severity: ${severity}`, `    likelihood: ${likelihood}`, `    owner: ${pick(contacts)}`, `    mitigations: [${words(2)}, ${words(3)}]`, `    playbook: ${pick(playbooks)}`, `    reviewed: ${day()}`);
  }
  lines.push('preparedness:', '  crisis_site:', `    url: https://status${index}.example.com`, '    hosting: separate static hosting', '    owner: c1', `    tested: ${day()}`, '    test_every: 6 months', '    messages:');
  for (const id of playbooks) lines.push(`      ${id}: ${words(10)}`);
  lines.push('  backups:');
  for (let i = 0; i < 4; i++) lines.push(`    - id: b${i}`, `      system: ${words(2)}`, '      frequency: daily', `      owner: ${pick(contacts)}`, `      restore_tested: ${day()}`, '      test_every: 6 months');
  lines.push('  training:');
  for (let i = 0; i < 3; i++) lines.push(`    - id: t${i}`, `      topic: ${words(3)}`, '      audience: all staff', `      owner: ${pick(contacts)}`, `      held: ${day()}`, '      every: 1 year');
  lines.push('  resources:');
  for (let i = 0; i < 3; i++) lines.push(`    - id: res${i}`, `      title: ${words(2)}`, `      owner: ${pick(contacts)}`, `      provider: ${contacts[8 + i]}`);
  lines.push('playbooks:');
  for (const id of playbooks) {
    lines.push(`  - id: ${id}`, `    title: ${words(2)}`, `    trigger: ${words(8)}`, `    owner: ${pick(contacts)}`, '    steps:');
    for (let s = 0; s < 8; s++) lines.push(`      - action: ${words(7)}`, `        owner: ${pick(contacts)}`, `        within: ${int(1, 48)} hours`, `        notes: ${words(9)}`);
  }
  lines.push('evaluations:');
  for (let i = 0; i < 2; i++) {
    lines.push(`  - date: ${day()}`, '    type: exercise', `    title: ${words(3)}`, `    went_well: [${words(3)}]`, `    improve: [${words(3)}]`, '    actions:');
    for (let a = 0; a < 3; a++) lines.push(`      - action: ${words(5)}`, `        owner: ${pick(contacts)}`, `        due: "2027-0${int(1, 9)}-15"`, `        done: ${random() < 0.5}`);
  }
  return `${lines.join('\n')}\n`;
}

export function generatePlans(directory, count = 1000, seed = 1) {
  const random = mulberry32(seed);
  mkdirSync(directory, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(directory, `plan-${String(i).padStart(4, '0')}.yaml`), generatePlan(i, random));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const usage = 'node scripts/generate-plans.mjs DIR [COUNT=1000] [SEED=1]';
  const [directory, count = '1000', seed = '1'] = positionals(process.argv.slice(2), usage);
  generatePlans(directory, wholeNumber(count, 'COUNT', usage), wholeNumber(seed, 'SEED', usage));
}
