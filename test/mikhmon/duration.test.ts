import { describe, expect, it } from 'vitest';
import { parseOptionalDuration, parseRouterDuration } from '../../src-main/routers/mikhmon';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseRouterDuration', () => {
  it.each([
    ['1d', D],
    ['2d20h12m20s', 2 * D + 20 * H + 12 * M + 20 * S],
    ['1w', 7 * D],
    ['30m', 30 * M],
    ['0s', 0],
    ['1w2d', 9 * D],
    ['500ms', 500],
    ['1s500ms', 1500],
    ['00:30:00', 30 * M],
    ['2d09:29:51', 2 * D + 9 * H + 29 * M + 51 * S],
    ['1w1d00:00:01', 8 * D + S],
    ['01:00:00.250', H + 250],
    ['3600', H],
    [' 1h ', H],
  ])('%s', (text, ms) => {
    expect(parseRouterDuration(text)).toEqual({ ok: true, value: ms });
  });

  it.each(['', '   ', '1x', '1h1d', 'd', '1.5h', '-1d', '1d 2h', '00:60:00', '00:00:61', '10:00', 'abc', '1hh', '99999999999999999999w'])(
    'rejects %j',
    (text) => {
      const result = parseRouterDuration(text);
      expect(result.ok).toBe(false);
    },
  );

  it('optional form: empty, none and 0 mean not set', () => {
    expect(parseOptionalDuration(undefined)).toEqual({ ok: true, value: null });
    expect(parseOptionalDuration('')).toEqual({ ok: true, value: null });
    expect(parseOptionalDuration('none')).toEqual({ ok: true, value: null });
    expect(parseOptionalDuration('0')).toEqual({ ok: true, value: null });
    expect(parseOptionalDuration('1h')).toEqual({ ok: true, value: H });
    expect(parseOptionalDuration('soon').ok).toBe(false);
  });
});
