import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

describe('no-contact-method', () => {
  testRule('no-contact-method', [
    { name: 'phone or email is enough', yaml: BASE, expect: [] },
    {
      name: 'a contact with neither',
      yaml: `${BASE}  - id: police
    name: Polisen
    type: authority
`,
      expect: [{ line: 16, column: 5, path: '/contacts/2', message: /contact "police" has neither phone nor email/ }],
    },
    {
      name: 'an invalid email is the schema\'s business only',
      yaml: BASE.replace('email: erik@example.se', 'email: not-an-address'),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
  ]);
});
