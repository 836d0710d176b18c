import { basename, extname } from 'node:path';

/**
 * Output file names for plan files: `webshop.yaml` → `webshop.html`. Plans that share a base name are told
 * apart by their folders (`a/plan.yaml` → `a-plan.html`). Names never hold a path separator.
 */
export function outputNames(files: readonly string[], extension: string): string[] {
  const stem = (file: string) => clean(basename(file, extname(file)));
  const counts = new Map<string, number>();
  for (const file of files) counts.set(stem(file).toLowerCase(), (counts.get(stem(file).toLowerCase()) ?? 0) + 1);
  const used = new Set<string>();
  return files.map((file) => {
    let name = stem(file);
    if (counts.get(name.toLowerCase())! > 1) {
      const withoutExtension = file.slice(0, file.length - extname(file).length);
      name = clean(withoutExtension.split(/[\\/]+/).filter((part) => part !== '' && part !== '.' && part !== '..').join('-'));
    }
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
    used.add(candidate.toLowerCase());
    return `${candidate}.${extension}`;
  });
}

function clean(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '');
  return safe === '' ? 'handbook' : safe;
}
