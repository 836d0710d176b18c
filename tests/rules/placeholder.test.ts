import { describe, expect, it } from 'vitest';
import { isPlaceholder, PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE, PLACEHOLDER_URL } from '../../src/rules/placeholder.js';
import { BASE, testRule } from '../helpers/rules.js';

// BASE ends at line 15; the lines below start at 16 (a public contact: the crisis web needs one)
const REAL = `${BASE}  - id: hosting
    name: Todos Hosting AB
    role: Today's on-call
    type: supplier
    phone: "+46 8 123 45 67"
    email: todo-list@example.com
    availability: todo_later is not a marker either
    public: true
preparedness:
  crisis_site:
    url: https://status.example.com
    hosting: https://todoist.example.com
    owner: anna
`;

const TODOS = `${BASE}  - id: hosting
    name: "TODO: name of the hosting provider"
    type: supplier
    phone: "TODO +46 00 000 00 00"
    email: todo@example.invalid
    availability: todo
    public: true
risks:
  - id: r1
    title: Outage
    severity: 1
    likelihood: 1
    owner: anna
    mitigations: [Monitoring, "ToDo. Decide"]
    playbook: p1
    x-note: TODO
preparedness:
  crisis_site:
    url: https://todo.example.invalid
    owner: anna
    messages:
      p1: "TODO: write the public message"
playbooks:
  - id: p1
    title: Outage
    owner: anna
    steps:
      - action: "TODO – first step"
        owner: anna
`;

describe('placeholder', () => {
  testRule('placeholder', [
    { name: 'real values, at example domains too, are not placeholders', yaml: REAL, expect: [] },
    {
      name: 'every value starting with the marker, at any depth',
      yaml: TODOS,
      expect: [
        { line: 17, column: 11, path: '/contacts/2/name', message: /^name of contact "hosting" is still a placeholder \("TODO: name of the hosting provider"\); replace it with the real value$/ },
        { line: 19, column: 12, path: '/contacts/2/phone', message: /phone of contact "hosting" is still a placeholder \("TODO \+46 00 000 00 00"\)/ },
        { line: 20, column: 12, path: '/contacts/2/email', message: /email of contact "hosting"/ },
        { line: 21, column: 19, path: '/contacts/2/availability' },
        { line: 29, column: 31, path: '/risks/0/mitigations/1' },
        { line: 31, column: 13, path: '/risks/0/x-note' },
        { line: 34, column: 10, path: '/preparedness/crisis_site/url', message: /url of the crisis site/ },
        { line: 37, column: 11, path: '/preparedness/crisis_site/messages/p1' },
        { line: 43, column: 17, path: '/playbooks/0/steps/0/action', message: /action of step 1 of playbook "p1"/ },
      ],
    },
  ]);

  it('the values krisplan init writes are placeholders, and only they', () => {
    for (const value of [PLACEHOLDER_PHONE, PLACEHOLDER_EMAIL, PLACEHOLDER_URL, 'TODO: name', 'todo', 'TODO', 'http://TODO/', 'Todo, later']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    for (const value of ['anna@example.se', 'https://status.example.com', 'Todos', 'todolist', 'todo-list@example.com', 'todo_x', 'todo2', 'https://todoist.com', 'Not TODO yet', ' TODO', 'mailto:todo@example.invalid']) {
      expect(isPlaceholder(value), value).toBe(false);
    }
  });
});
