import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const plan = (frequency: string, rpo = '1 hour') => `${BASE}services:
  - { id: shop, title: Web shop, owner: anna, rpo: ${rpo} }
preparedness:
  backups:
    - id: db
      system: Orders database
      owner: anna
      services: [shop]
${frequency}`;

describe('backup-frequency', () => {
  testRule('backup-frequency', [
    { name: 'a keyword', yaml: plan('      frequency: hourly\n'), expect: [] },
    { name: 'Swedish words krisplan reads', yaml: plan('      frequency: var 15:e minut\n'), expect: [] },
    { name: 'a compound text counts its most frequent part', yaml: plan('      frequency: transaction log every 15 minutes, full copy nightly\n'), expect: [] },
    {
      name: 'words krisplan cannot read, at the frequency',
      yaml: plan('      frequency: some text nobody can read\n'),
      expect: [{ line: 24, column: 18, path: '/preparedness/backups/0/frequency', message: /^cannot tell how often backup "db" runs from "some text nobody can read", so it cannot be compared with the rpo of "shop" \(rpo 1 hour\); write e\.g\. `15 minutes`/ }],
    },
    {
      name: 'no frequency at all, at the backup',
      yaml: plan(''),
      expect: [{ line: 20, column: 7, path: '/preparedness/backups/0', message: /backup "db" protects "shop" \(rpo 1 hour\) but does not say how often it runs; add frequency:/ }],
    },
    {
      name: 'unreadable words are not judged when no service with an rpo depends on them',
      yaml: `${BASE}preparedness:\n  backups:\n    - { id: db, system: DB, owner: anna, frequency: when someone remembers }\n`,
      expect: [],
    },
  ]);
});

describe('rpo-backup with frequencies in words', () => {
  testRule('rpo-backup', [
    { name: 'varje natt is within an rpo of a day', yaml: plan('      frequency: varje natt\n', '1 day'), expect: [] },
    {
      name: 'varje natt is less frequent than an rpo of 1 hour',
      yaml: plan('      frequency: varje natt\n'),
      expect: [{ line: 17, column: 52, path: '/services/0/rpo', message: /service "shop" may lose at most 1 hour of data, but its backups are less frequent: "db" \(varje natt\)/ }],
    },
    {
      name: 'a frequency nobody can read is no error (backup-frequency warns)',
      yaml: plan('      frequency: some text nobody can read\n'),
      config: (config) => {
        config.rules['backup-frequency'] = 'off';
      },
      expect: [],
    },
  ]);
});
