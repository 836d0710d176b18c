import type { Reporter } from './types.js';

export const FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Loads only the reporter asked for. */
export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'stylish': return (await import('./stylish.js')).default;
    case 'json': return (await import('./json.js')).default;
    case 'junit': return (await import('./junit.js')).default;
    case 'sarif': return (await import('./sarif.js')).default;
    case 'github': return (await import('./github.js')).default;
  }
}
