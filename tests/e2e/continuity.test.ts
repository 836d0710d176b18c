import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-29'];

describe('krisplan explain', () => {
  it('shows the matrix cell, the thresholds and the residual rating', () => {
    const result = runCli(['explain', 'data-breach', 'examples/webshop.yaml', ...TODAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/inherent +severity 5 × likelihood 3 = 15 → high \(high ≥ 10, below critical 20\)/);
    expect(result.stdout).toMatch(/residual +severity 5 × likelihood 2 = 10 → high/);
    expect(result.stdout).toMatch(/levels +critical ≥ 20, high ≥ 10, medium ≥ 5, else low \(from defaults\)/);
  });

  it('follows the config thresholds and says where they come from', () => {
    const result = runCli(['explain', 'ddos', 'examples/webshop.yaml', '--config', 'tests/fixtures/config/strict.yaml', '--format', 'json', ...TODAY]);
    expect(result.status).toBe(0);
    const [explanation] = JSON.parse(result.stdout);
    expect(explanation).toMatchObject({ id: 'ddos', source: 'tests/fixtures/config/strict.yaml', thresholds: { critical: 12, high: 8, medium: 4 }, inherent: { score: 12, level: 'critical' }, residual: { score: 6, level: 'medium' } });
  });

  it('an unknown risk id is exit 2 with a suggestion', () => {
    const result = runCli(['explain', 'ddso', 'examples/', ...TODAY]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('krisplan: no risk with id "ddso"; did you mean "ddos"?\n');
  });
});

describe('krisplan risks with residual ratings', () => {
  it('shows inherent and residual side by side', () => {
    const result = runCli(['risks', 'examples/webshop.yaml', ...TODAY]);
    expect(result.stdout).toMatch(/inherent +residual \(after mitigations\)/);
    expect(result.stdout).toMatch(/score +level +sev +lik +residual +id/);
    expect(result.stdout).toMatch(/15 +high +5 +3 +10 high +data-breach/);
    const rows = JSON.parse(runCli(['risks', 'examples/webshop.yaml', '--format', 'json', ...TODAY]).stdout);
    expect(rows[0].residual).toEqual({ severity: 5, likelihood: 2, score: 10, level: 'high' });
    expect(rows.find((row: { id: string }) => row.id === 'server-outage')).not.toHaveProperty('residual');
  });
});
