import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const withPhone = (phone: string, header = '') => BASE.replace('  reviewed: 2026-11-01\ncontacts:', `  reviewed: 2026-11-01\n${header}contacts:`).replace('phone: "+46 70 123 45 67"', `phone: ${JSON.stringify(phone)}`);
const SV = '  language: sv\n';

describe('phone', () => {
  testRule('phone', [
    { name: 'an international number', yaml: BASE, expect: [] },
    { name: '+46 (0)70 …: the national 0 in parentheses', yaml: withPhone('+46 (0)70 111 22 33'), expect: [] },
    { name: 'an extension written ankn.', yaml: withPhone('08-123 45 67 ankn. 12', SV), expect: [] },
    { name: 'an extension written ext.', yaml: withPhone('+44 20 7946 0000 ext. 204'), expect: [] },
    { name: 'a national number in a Swedish plan', yaml: withPhone('070-111 22 33', SV), expect: [] },
    { name: 'short service numbers', yaml: withPhone('114 14'), expect: [] },
    { name: '112', yaml: withPhone('112'), expect: [] },
    { name: 'the TODO placeholder is the placeholder rule\'s', yaml: withPhone('TODO +46 00 000 00 00'), config: (config) => { config.rules.placeholder = 'off'; }, expect: [] },
    {
      name: 'two numbers in one field',
      yaml: withPhone('+46 70 111 22 33, +46 70 444 55 66'),
      expect: [{ line: 10, column: 12, path: '/contacts/0/phone', message: /holds more than one number; .*second contact/ }],
    },
    {
      name: 'two numbers joined by "eller"',
      yaml: withPhone('070-111 22 33 eller 08-123 45 67', SV),
      expect: [{ line: 11, column: 12, path: '/contacts/0/phone', message: /more than one number/ }],
    },
    {
      name: 'a national number with no country to resolve it',
      yaml: withPhone('070-111 22 33'),
      expect: [{ line: 10, column: 12, path: '/contacts/0/phone', message: /national number .*plan\.jurisdiction/ }],
    },
    {
      name: 'too short for the numbering plan',
      yaml: withPhone('+46 70 11'),
      expect: [{ line: 10, column: 12, path: '/contacts/0/phone', message: /not a phone number that can be dialled; write it as one number with its country code/ }],
    },
    {
      name: 'letters where digits go',
      yaml: withPhone('+1 800 FLOWERS'),
      expect: [{ line: 10, column: 12, path: '/contacts/0/phone', message: /not a phone number/ }],
    },
  ]);
});
