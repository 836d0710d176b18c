import { planCountry, readPhone } from '../model/phone.js';
import { isPlaceholder } from './placeholder.js';
import type { Rule, RuleHit } from './types.js';

const FORM = 'write it as one number with its country code, e.g. "+46 70 123 45 67", an extension as "ankn. 12" or "ext. 12"';

const rule: Rule = {
  id: 'phone',
  severity: 'warning',
  description: 'A contact\'s phone must be one number that can be dialled (its tel: link, vCard and printed form come from it); short service numbers such as 112 are fine.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    const country = planCountry(plan);
    plan.contacts.forEach((contact, i) => {
      const phone = contact.phone;
      // a TODO value is the placeholder rule's to report
      if (phone === undefined || isPlaceholder(phone)) return;
      const path = `/contacts/${i}/phone`;
      const reading = readPhone(phone, country);
      if (reading.kind === 'number' || reading.kind === 'service') return;
      const what = context.describe(path);
      if (reading.kind === 'several') {
        hits.push({ path, text: { key: 'rule.phone.several', values: { thing: { node: path }, value: phone } }, message: `${what} holds more than one number; keep one number here and put the other in a second contact (or an x- field such as x-phone-2), so every phone link dials one number` });
      } else if (reading.kind === 'no-country') {
        hits.push({ path, text: { key: 'rule.phone.noCountry', values: { thing: { node: path }, value: phone } }, message: `${what} is a national number and the plan names no country to dial it from; write it with + and the country code, or set plan.jurisdiction (e.g. se)` });
      } else {
        hits.push({ path, text: { key: 'rule.phone.invalid', values: { thing: { node: path }, value: phone } }, message: `${what} is not a phone number that can be dialled; ${FORM}` });
      }
    });
    return hits;
  },
};

export default rule;
