import type { Lang, Scenario } from './catalogue.js';

const WIDTH = 100;

/** `krisplan init --list-scenarios`: id, title and default rating, then the summary wrapped under the title. */
export function formatCatalogue(catalogue: readonly Scenario[], lang: Lang): string {
  const idWidth = Math.max(...catalogue.map((scenario) => scenario.id.length)) + 2;
  const indent = ' '.repeat(idWidth);
  const blocks = catalogue.map((scenario) => {
    const { severity, likelihood } = scenario.risk;
    const head = `${scenario.id.padEnd(idWidth)}${scenario.title[lang]} (severity ${severity} × likelihood ${likelihood})`;
    return [head, ...wrap(scenario.summary[lang], WIDTH - idWidth).map((line) => indent + line)].join('\n');
  });
  return `${blocks.join('\n\n')}\n\nChoose with: krisplan init --scenarios ${catalogue.slice(0, 2).map((scenario) => scenario.id).join(',')}\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
