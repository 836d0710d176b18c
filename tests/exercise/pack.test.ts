import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { buildPack, packViewOf } from '../../src/exercise/pack/index.js';
import { parseDate } from '../../src/model/dates.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlan } from '../../src/engine/validate.js';
import { describeWith } from '../helpers/external.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8');
const today = parseDate('2026-12-01')!;

function planOf(text: string): Plan {
  const loaded = loadPlan(text, { today });
  expect(loaded.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  return loaded.plan!;
}

const view = (plan: Plan, playbook = 'data-breach', seed = 1) => packViewOf({ file: 'plan.yaml', plan, playbook, duration: 120, seed, today, config: defaultConfig() });

describe('the exercise pack of the Swedish example’s data-breach playbook', () => {
  const plan = planOf(EXAMPLE);
  const pack = view(plan);
  const playbook = plan.playbooks.find((candidate) => candidate.id === 'data-breach')!;

  it('has an inject for the 72-hour notification to the data-protection authority, expecting the step that sends it', () => {
    const imy = pack.injects.filter((inject) => inject.message.includes('Anmäl personuppgiftsincidenten till IMY'));
    expect(imy).toHaveLength(1);
    expect(imy[0]!.real).toBe('≈ 48 h efter upptäckt');
    expect(imy[0]!.expected.step).toBe('Steg 6: Anmäl personuppgiftsincidenten till IMY och polisanmäl dataintrånget');
    expect(imy[0]!.expected.owner).toBe('Johan Berg, inom 72 timmar');
    expect(pack.objectives[0]!.text).toBe('Håll tidsfristen ”Anmäl personuppgiftsincidenten till IMY” (72 timmar), GDPR art. 33.1: anmäl till Integritetsskyddsmyndigheten (IMY).');
  });

  it('has one inject per supplier the steps name, from that supplier, to the owner of the step that names it', () => {
    const supplierNames = new Set(plan.contacts.filter((contact) => contact.type === 'supplier').map((contact) => contact.name));
    const suppliers = pack.injects.filter((inject) => supplierNames.has(inject.from));
    expect(suppliers.map((inject) => inject.from).sort()).toEqual(['Betala Nu AB – handlarsupport', 'Kodverkstan AB – beredskap', 'Molnhost Sverige AB – driftjour']);
    expect(suppliers.every((inject) => inject.to.name === 'Erik Holm')).toBe(true);
  });

  it('makes the owner of most steps unavailable and expects their deputy to take over', () => {
    const away = pack.injects.find((inject) => inject.message.startsWith('Anna Lindqvist'))!;
    expect(away.to.name).toBe('Johan Berg');
    expect(away.expected.note).toBe('Johan Berg tar över de steg som Anna Lindqvist ansvarar för, först det här.');
    // later injects for her steps go to the deputy
    const later = pack.injects.slice(pack.injects.indexOf(away) + 1).filter((inject) => inject.expected.step.startsWith('Steg 4:'));
    expect(later.every((inject) => inject.to.name === 'Johan Berg')).toBe(true);
  });

  it('expects a step of the playbook with its owner in every inject', () => {
    const names = new Map(plan.contacts.map((contact) => [contact.id, contact.name]));
    for (const inject of pack.injects) {
      const match = /^Steg (\d+): (.*)$/.exec(inject.expected.step)!;
      const step = playbook.steps[Number(match[1]) - 1]!;
      expect(match[2]).toBe(step.action);
      expect([names.get(step.owner), 'Johan Berg']).toContain(inject.expected.owner.split(',')[0]);
    }
    expect(pack.injects.map((inject) => inject.time)).toEqual([...pack.injects.map((inject) => inject.time)].sort((a, b) => minutes(a) - minutes(b)));
    expect(minutes(pack.injects[pack.injects.length - 1]!.time)).toBeLessThanOrEqual(84);
  });

  it('escalates to the next crisis level: its title and id, its criteria, who may declare it and who is convened', () => {
    const escalation = pack.injects.find((inject) => inject.message.endsWith('Uppfyller det kriterierna för nivån ”Kris” (kris)?'))!;
    // the exercise starts at the first level (Allvarlig störning) and escalates to the second
    expect(escalation.expected.note).toMatch(
      /^Höj till nivån ”Kris” \(kris\)\. Nivåns kriterier: Butiken ligger nere i mer än en timme; Bekräftat dataintrång eller utpressning; Kunduppgifter kan ha läckt\. Krisledare \(Anna Lindqvist\) får besluta om den\. Kalla in Krisledare \(Anna Lindqvist\), Teknisk ledare \(Erik Holm\), Kommunikationsansvarig \(Lena Ek\) och Maria Nilsson\. Möts: Telefonmöte direkt, därefter på kontoret i mötesrummet Stora salen\./,
    );
    // it goes to the one who may declare the level: the crisis lead, or her deputy while she is away (inject 2)
    expect(pack.injects.findIndex((inject) => inject.message.startsWith('Anna Lindqvist'))).toBeLessThan(pack.injects.indexOf(escalation));
    expect(escalation.to).toEqual({ name: 'Johan Berg', role: 'Krisledare' });
    const outage = view(plan, 'server-outage').injects.find((inject) => inject.message.endsWith('Uppfyller det kriterierna för nivån ”Kris” (kris)?'))!;
    expect(outage.to).toEqual({ name: 'Anna Lindqvist', role: 'Krisledare' });
  });

  it('escalates to the one level a plan has, and stays as it was without levels', () => {
    const one = planOf(EXAMPLE.replace(/^ {4}- id: storning\n(?: {6}.*\n| {8}.*\n)*/m, ''));
    expect(one.activation!.levels.map((level) => level.id)).toEqual(['kris']);
    expect(view(one).injects.filter((inject) => inject.message.endsWith('Uppfyller det kriterierna för nivån ”Kris” (kris)?'))).toHaveLength(1);
    const none = planOf(EXAMPLE.replace(/^activation:\n(?:(?: .*)?\n)*/m, ''));
    expect(none.activation).toBeUndefined();
    const escalation = view(none).injects.find((inject) => inject.from === 'Övningsledningen' && /värre än man först trodde|längre än väntat|kräver betalning/.test(inject.message))!;
    expect(['Ny information: det är värre än man först trodde – fler system och fler kunder är drabbade.', 'Det har pågått längre än väntat och sprider sig; ledningen frågar om krisnivån ska höjas.', 'Någon som påstår sig ligga bakom händelsen hör av sig och kräver betalning.']).toContain(escalation.message);
    expect(escalation.expected.note ?? '').not.toMatch(/nivån|Höj/);
  });

  it('says how the exercise clock is compressed', () => {
    expect(pack.clockText).toContain('de 84 minuterna av spel motsvarar de första 48 h efter upptäckten');
    expect(pack.schedule.map((row) => `${row.from}–${row.to}`)).toEqual(['0:00–0:12', '0:12–1:36', '1:36–2:00']);
  });

  it('names a single-person owner as such when the plan has one', () => {
    const alone = planOf(EXAMPLE.replace('    deputy: johan\n    verified: 2026-11-10\n\n  - id: lena', '    verified: 2026-11-10\n\n  - id: lena'));
    const away = view(alone).injects.find((inject) => inject.message.startsWith('Erik Holm'))!;
    expect(away.expected.note).toBe('Planen anger ingen ersättare för Erik Holm: krisledaren bestämmer vem som tar över; notera det som förbättring.');
    expect(view(alone).objectives.map((objective) => objective.text)).toContain('Lämna över när Erik Holm inte går att nå: planen anger ingen ersättare; ta reda på vem som tar över.');
  });

  it('reaches the suppliers the playbook’s services depend on', () => {
    const outage = view(plan, 'server-outage');
    const from = outage.injects.map((inject) => inject.from);
    for (const supplier of ['Molnhost Sverige AB – driftjour', 'Betala Nu AB – handlarsupport', 'Snabbnät CDN – säkerhetsjour', 'Domänhuset AB – support']) expect(from).toContain(supplier);
  });

  it('chooses wording and order by the seed: the same seed gives the same pack, another seed another', () => {
    const render = (seed: number) => buildPack({ file: 'plan.yaml', plan, playbook: 'data-breach', duration: 120, seed, format: 'html', today, config: defaultConfig() }).files.map((file) => file.content).join('');
    expect(render(7)).toBe(render(7));
    expect(render(7)).not.toBe(render(8));
  });

  it('is written in English with --lang en', () => {
    const english = packViewOf({ file: 'plan.yaml', plan, playbook: 'data-breach', duration: 120, seed: 1, today, lang: 'en', config: defaultConfig() });
    expect(english.clockText).toContain('the 84 minutes of play stand for the first 48 h after detection');
    expect(english.injects[0]!.expected.step).toBe('Step 1: Samla krisgruppen (krisledare, IT, kommunikation, kundtjänst) i telefonmöte');
  });
});

function minutes(time: string): number {
  const [, h, m] = /^T\+(\d+):(\d+)$/.exec(time)!;
  return Number(h) * 60 + Number(m);
}

describe('plan text in the pack', () => {
  const hostile = EXAMPLE.replace('action: Samla krisgruppen (krisledare, IT, kommunikation, kundtjänst) i telefonmöte', 'action: "<script>alert(1)</script> | *Samla* [krisgruppen](javascript:x)"');
  const plan = planOf(hostile);
  it('is escaped in HTML and inert in Markdown', () => {
    const html = buildPack({ file: 'plan.yaml', plan, playbook: 'data-breach', duration: 120, seed: 1, format: 'html', today, config: defaultConfig() }).files;
    for (const file of html) expect(file.content).not.toContain('<script>');
    expect(html[0]!.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = buildPack({ file: 'plan.yaml', plan, playbook: 'data-breach', duration: 120, seed: 1, format: 'md', today, config: defaultConfig() }).files;
    expect(md[0]!.content).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*Samla\\* \\[krisgruppen\\](javascript:x)');
  });
});

describe('krisplan exercise pack', () => {
  it('writes the five documents, the same bytes for the same seed', () => {
    const dir = tempDir('krisplan-pack-');
    const args = (out: string) => ['exercise', 'pack', 'data-breach', '--plan', 'examples/webshop.yaml', '--out', out, '--seed', '42', '--today', '2026-12-01', '--format', 'md'];
    const first = runCli(args(join(dir, 'a')));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`wrote the exercise pack for data-breach to ${join(dir, 'a')}: facilitator-guide.md, participant-handouts.md, observer-sheet.md, feedback-form.md, after-action-report.md (10 injects, seed 42)\n`);
    expect(runCli(args(join(dir, 'b'))).status).toBe(0);
    for (const name of readdirSync(join(dir, 'a'))) expect(readFileSync(join(dir, 'b', name), 'utf8')).toBe(readFileSync(join(dir, 'a', name), 'utf8'));
    // again into its own folder: the pack's files are replaced
    expect(runCli(args(join(dir, 'a'))).status).toBe(0);
  }, 120_000);

  it.each([
    [['nothing'], 'krisplan: no playbook "nothing" in examples/webshop.yaml; it has data-breach, overload, server-outage, payment-outage, ransomware, dns-loss\n'],
    [['data-breac'], 'krisplan: no playbook "data-breac" in examples/webshop.yaml (did you mean "data-breach"?)\n'],
    [['data-breach', '--duration', '15 minutes'], 'krisplan: --duration is shorter than the first step of "data-breach" (within 30 minutes): the exercise could not even reach it; give at least that\n'],
    [['data-breach', '--duration', 'soon'], 'krisplan: --duration must be a time such as "2 hours", "90 minutes", 2h or PT90M, not "soon"\n'],
  ])('bad input %j: exit 2, one line, nothing written', (args, stderr) => {
    const out = join(tempDir('krisplan-pack-'), 'pack');
    const result = runCli(['exercise', 'pack', ...args, '--plan', 'examples/webshop.yaml', '--out', out]);
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an --out that holds other files, and writes nothing there', () => {
    const out = join(tempDir('krisplan-pack-'), 'pack');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = runCli(['exercise', 'pack', 'data-breach', '--plan', 'examples/webshop.yaml', '--out', out]);
    expect(result.stderr).toBe(`krisplan: --out ${out} holds other files (notes.txt); choose a new or empty folder\n`);
    expect(result.status).toBe(2);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });
});

// the Nu HTML Checker is the real consumer of the HTML (CONTRACT §12)
describeWith(['vnu'], 'the HTML pack in the Nu HTML Checker', ({ vnu }) => {
  it('has no errors in Swedish or English', () => {
    const dir = tempDir('krisplan-pack-vnu-');
    const plan = planOf(EXAMPLE);
    const files: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      for (const file of buildPack({ file: 'plan.yaml', plan, playbook: 'data-breach', duration: 120, seed: 1, lang, format: 'html', today, config: defaultConfig() }).files) {
        const path = join(dir, `${lang}-${file.name}.html`);
        writeFileSync(path, file.content);
        files.push(path);
      }
    }
    // exit status 0 and nothing printed: no errors
    const output = execFileSync(vnu[0], [...vnu.slice(1), '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  }, 180_000);
});

describeWith(['chromium', 'pdfinfo'], 'the PDF pack', ({ pdfinfo }) => {
  it('prints every document on A4, the inject cards four to a page', () => {
    const out = join(tempDir('krisplan-pack-pdf-'), 'pack');
    const result = runCli(['exercise', 'pack', 'data-breach', '--plan', 'examples/webshop.yaml', '--out', out, '--format', 'pdf', '--lang', 'en', '--today', '2026-12-01']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const pages: Record<string, number> = {};
    for (const name of readdirSync(out).sort()) {
      const info = execFileSync(pdfinfo[0], [...pdfinfo.slice(1), join(out, name)], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
      pages[name] = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    }
    // nine cards after the start: three pages of cards after the scenario page; the observer checks the escalation
    // against the level's criteria, who declares it and who is convened, which takes the sheet onto a third page
    expect(pages).toEqual({ 'after-action-report.pdf': 2, 'facilitator-guide.pdf': 6, 'feedback-form.pdf': 1, 'observer-sheet.pdf': 3, 'participant-handouts.pdf': 4 });
  }, 240_000);
});
