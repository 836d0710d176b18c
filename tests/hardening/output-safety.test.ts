import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { CRASH } from './run.js';

// The XSS cheat-sheet classics, template syntax and Markdown that would make a link or an element
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '{{#with "constructor"}}{{lookup . "constructor"}}{{/with}}',
  '{{{raw}}} {{> cover}}',
  '</style><script>alert(1)</script>',
  '<!-- <a href="javascript:alert(1)">x</a> -->',
  '<iframe src="javascript:alert(1)"></iframe>',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<javascript:alert(1)>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202e<b>reversed</b>',
];

/** A plan with a value in every text field; it has no errors, so every output is written. */
function plan(text: (slot: number) => string): string {
  const t = (slot: number) => JSON.stringify(text(slot));
  return `krisplan: 1
plan:
  title: ${t(0)}
  organization: ${t(1)}
  owner: anna
  language: en
  reviewed: 2026-09-01
contacts:
  - id: anna
    name: ${t(2)}
    role: ${t(3)}
    organization: ${t(4)}
    phone: ${JSON.stringify(`+46 70 123 45 67 ${text(5)}`)}
    email: anna@example.com
    availability: ${t(6)}
    verified: 2026-09-01
    public: true
  - id: erik
    name: ${t(7)}
    type: supplier
    phone: "javascript:alert(1)//555 1234"
    email: erik@example.com
    verified: 2026-09-01
    public: true
risks:
  - id: outage
    title: ${t(8)}
    category: outage
    description: ${t(9)}
    severity: 5
    likelihood: 4
    owner: erik
    mitigations: [${t(10)}, ${t(11)}]
    playbook: outage
    reviewed: 2026-09-01
preparedness:
  crisis_site:
    url: "https://status.example.com/?a='onmouseover='alert(1)"
    hosting: ${t(12)}
    owner: anna
    tested: 2026-09-01
    messages:
      outage: ${t(13)}
  backups:
    - id: db
      system: ${t(14)}
      frequency: daily
      owner: erik
      restore_tested: 2026-09-01
  training:
    - id: drill
      topic: ${t(15)}
      audience: ${t(16)}
      owner: anna
      held: 2026-09-01
  resources:
    - id: capacity
      title: ${t(17)}
      owner: erik
      provider: erik
playbooks:
  - id: outage
    title: ${t(18)}
    trigger: ${t(19)}
    owner: erik
    exercised: [2026-09-01]
    steps:
      - action: ${t(20)}
        owner: erik
        within: 15 minutes
        notes: ${t(21)}
evaluations:
  - date: 2026-09-01
    type: exercise
    title: ${t(22)}
    went_well: [${t(23)}]
    improve: [${t(24)}]
    actions:
      - action: ${t(25)}
        owner: anna
        due: 2027-01-01
        done: false
`;
}

const SLOTS = 26;
const hostile = (slot: number) => HOSTILE[slot % HOSTILE.length]!;
const benign = (slot: number) => `Plain text ${slot}`;
const LINK = /^(?:#|https?:\/\/|mailto:|tel:)/i;

interface Outputs {
  html: Record<string, string>;
  md: Record<string, string>;
}

/** Every HTML and Markdown file krisplan writes for a plan: the handbook in both formats and the crisis web. */
function outputs(text: (slot: number) => string): Outputs {
  const dir = tempDir('krisplan-xss-');
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, plan(text));
  const today = ['--today', '2026-11-29'];
  const runs = [
    runCli(['render', file, '--out', join(dir, 'html'), ...today]),
    runCli(['render', file, '--out', join(dir, 'md'), '--format', 'md', ...today]),
    runCli(['site', file, '--out', join(dir, 'site'), ...today]),
  ];
  for (const run of runs) {
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.status, run.stderr).toBe(0);
  }
  const result: Outputs = { html: {}, md: {} };
  const collect = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (name.endsWith('.html')) result.html[relative(dir, path)] = readFileSync(path, 'utf8');
      else if (name.endsWith('.md')) result.md[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  collect(dir);
  return result;
}

/** Tag names with their counts: plan text must not add a single element. */
function elements(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of parseHTML(html).document.querySelectorAll('*')) counts[element.tagName] = (counts[element.tagName] ?? 0) + 1;
  return counts;
}

function textOf(html: string): string {
  return parseHTML(html).document.documentElement.textContent ?? '';
}

/** Every URL-valued attribute of a page. */
function urls(html: string): string[] {
  const found: string[] = [];
  for (const element of parseHTML(html).document.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      if (/^(?:href|src|action|formaction|xlink:href|srcset|poster|data|background|cite)$/i.test(attribute)) found.push(element.getAttribute(attribute) ?? '');
    }
  }
  return found;
}

// HTML tags and autolinks written as Markdown, and the targets of Markdown links and images (`\<` and `\]` are text)
const MD_TAGS = /(?<!\\)<\/?[a-z][^>\n]*>/gi;
const MD_LINKS = /(?<!\\)\]\(([^)\s]*)/g;

let attack: Outputs;
let control: Outputs;

beforeAll(() => {
  attack = outputs(hostile);
  control = outputs(benign);
});

describe('plan text in the HTML outputs (handbook and crisis web)', () => {
  it('writes the same files as for plain text', () => {
    expect(Object.keys(attack.html).sort()).toEqual(Object.keys(control.html).sort());
    expect(Object.keys(attack.html)).toEqual(expect.arrayContaining(['html/plan.html', 'site/index.html']));
  });

  it('creates no element: the same tags as for plain text', () => {
    for (const [name, html] of Object.entries(attack.html)) expect(elements(html), name).toEqual(elements(control.html[name]!));
  });

  it('creates no event handler, and links only to http(s), mailto, tel and the page itself', () => {
    for (const [name, html] of Object.entries(attack.html)) {
      const { document } = parseHTML(html);
      // URLs the templates write whatever the plan says (such as an empty favicon) are theirs, not the plan's
      const own = new Set(urls(control.html[name]!));
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) expect(attribute, `${name}: <${element.tagName} ${attribute}>`).not.toMatch(/^on/i);
      }
      for (const url of urls(html)) if (!own.has(url)) expect(url, name).toMatch(LINK);
      for (const link of document.querySelectorAll('a[href^="tel:"]')) expect(link.getAttribute('href')).toMatch(/^tel:\+?[0-9]+$/);
    }
  });

  it('shows every hostile value as the text it is, wherever plain text shows', () => {
    const tried = new Set<string>();
    for (const [name, html] of Object.entries(attack.html)) {
      const text = textOf(html);
      const plain = textOf(control.html[name]!);
      const shown = Array.from({ length: SLOTS }, (_, slot) => slot).filter((slot) => plain.includes(benign(slot)));
      expect(shown.length, name).toBeGreaterThan(0);
      for (const slot of shown) {
        expect(text, `${name}: slot ${slot}`).toContain(hostile(slot));
        tried.add(hostile(slot));
      }
    }
    expect([...tried].sort()).toEqual([...HOSTILE].sort());
  });
});

describe('plan text in the Markdown handbook', () => {
  it('adds no HTML tag or autolink: the same as for plain text', () => {
    for (const [name, md] of Object.entries(attack.md)) expect(md.match(MD_TAGS) ?? [], name).toEqual(control.md[name]!.match(MD_TAGS) ?? []);
  });

  it('adds no link or image, and links only to http(s), mailto, tel and the page itself', () => {
    for (const [name, md] of Object.entries(attack.md)) {
      const targets = [...md.matchAll(MD_LINKS)].map((match) => match[1]!);
      expect(targets.length, name).toBe([...control.md[name]!.matchAll(MD_LINKS)].length);
      for (const target of targets) expect(target, name).toMatch(LINK);
    }
  });

  it('runs no template: the Handlebars in plan text comes out as text', () => {
    const md = attack.md['md/plan.md']!;
    expect(md.replace(/\\/g, '')).toContain('{{constructor.constructor("alert(1)")()}}');
    expect(md.replace(/\\/g, '')).toContain('{{> cover}}');
  });
});

describe('control characters in plan text', () => {
  // terminal escapes (clear screen, recolour, an OSC 8 hyperlink), NUL, BEL, backspace and a C1 control
  // (the phone number, slot 5, has room for less)
  const CONTROL = (slot: number) => `Slot ${slot}\u001b[2J\u001b[31m\u0000\u0007\b\u0085${slot === 5 ? '' : '\u001b]8;;http://e.x\u001b\\link\u001b]8;;\u001b\\'}.`;
  const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

  it('reach no output raw: handbook, crisis web, calendar, contacts, register, due, explain', () => {
    const dir = tempDir('krisplan-controls-');
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, plan(CONTROL));
    const today = ['--today', '2026-11-29'];
    const runs = {
      validate: runCli(['validate', file, ...today]),
      'risks table': runCli(['risks', file, ...today]),
      'risks csv': runCli(['risks', file, '--format', 'csv', ...today]),
      'risks json': runCli(['risks', file, '--format', 'json', ...today]),
      'validate json': runCli(['validate', file, '--format', 'json', ...today]),
      'explain json': runCli(['explain', 'outage', file, '--format', 'json', ...today]),
      'due json': runCli(['due', file, '--within', '1y', '--format', 'json', ...today]),
      explain: runCli(['explain', 'outage', file, ...today]),
      'due table': runCli(['due', file, '--within', '1y', ...today]),
      'due md': runCli(['due', file, '--within', '1y', '--format', 'md', ...today]),
      calendar: runCli(['calendar', file, ...today]),
      vcard: runCli(['contacts', file, ...today]),
      'contacts csv': runCli(['contacts', file, '--format', 'csv', ...today]),
      render: runCli(['render', file, '--out', join(dir, 'out'), ...today]),
      'render md': runCli(['render', file, '--out', join(dir, 'out'), '--format', 'md', ...today]),
      site: runCli(['site', file, '--out', join(dir, 'site'), ...today]),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.status, `${name}: ${run.stderr}${run.stdout.slice(0, 600)}`).toBe(0);
      expect(run.stdout, name).not.toMatch(RAW);
      expect(run.stderr, name).not.toMatch(RAW);
    }
    expect(runs['due table'].stdout).toContain('\\u001b[2J');
    // JSON escapes them, so the data reads back as it was
    expect(JSON.stringify(JSON.parse(runs['risks json'].stdout))).toContain(JSON.stringify(CONTROL(8)).slice(1, -1));
    const written = ['out/plan.html', 'out/plan.md', 'site/index.html', 'site/status.json', 'site/scenarios/outage/index.html'].map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);
    for (const [name, text] of written) {
      expect(text, name).not.toMatch(RAW);
      expect(text, name).toContain('Slot ');
    }
  });
});
