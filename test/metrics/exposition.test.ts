import { describe, expect, it } from 'vitest';
import { escapeLabelValue, formatExposition, formatValue } from '../../src-main/metrics/exposition';
import { parseExposition, valueOf } from './parse-exposition';

describe('Prometheus text format', () => {
  it('writes HELP and TYPE before the samples and escapes label values', () => {
    const text = formatExposition([
      { name: 'mb_router_up', help: 'Up or not.\nSecond line \\ here', type: 'gauge', samples: [{ labels: { router: 'Tower "A"\\1\nB' }, value: 1 }] },
      { name: 'mb_total', help: 'A counter.', type: 'counter', samples: [{ value: 3.5 }] },
    ]);
    expect(text).toBe(
      [
        '# HELP mb_router_up Up or not.\\nSecond line \\\\ here',
        '# TYPE mb_router_up gauge',
        'mb_router_up{router="Tower \\"A\\"\\\\1\\nB"} 1',
        '# HELP mb_total A counter.',
        '# TYPE mb_total counter',
        'mb_total 3.5',
        '',
      ].join('\n'),
    );
    const parsed = parseExposition(text);
    expect(valueOf(parsed, 'mb_router_up', { router: 'Tower "A"\\1\nB' })).toBe(1);
    expect(parsed.type.get('mb_total')).toBe('counter');
  });

  it('special values and bad names', () => {
    expect([NaN, Infinity, -Infinity, 0, -2].map(formatValue)).toEqual(['NaN', '+Inf', '-Inf', '0', '-2']);
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    expect(() => formatExposition([{ name: 'bad-name', help: 'x', type: 'gauge', samples: [] }])).toThrow(RangeError);
    expect(() => formatExposition([{ name: 'ok', help: 'x', type: 'gauge', samples: [{ labels: { 'bad-label': 'v' }, value: 1 }] }])).toThrow(RangeError);
  });
});
