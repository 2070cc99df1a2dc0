import { describe, expect, it } from 'vitest';
import { classifyVoucherComment, parseBatchComment } from '../../src-main/routers/mikhmon';
import { wib } from './fixtures';

const TZ = 'Asia/Jakarta';

describe('voucher comments', () => {
  it('parses MikHmon batch comments', () => {
    expect(parseBatchComment('vc-482-01.31.24-promo')).toEqual({ userMode: 'vc', code: '482', generatedOn: { year: 2024, month: 1, day: 31 }, note: 'promo' });
    expect(parseBatchComment('up-117-12.31.23-')).toEqual({ userMode: 'up', code: '117', generatedOn: { year: 2023, month: 12, day: 31 }, note: '' });
    expect(parseBatchComment('vc-900-02.29.24-cafe-lantai-2')).toMatchObject({ note: 'cafe-lantai-2', generatedOn: { month: 2, day: 29 } });
    for (const bad of ['vc-48-01.31.24-x', 'vc-482-13.01.24-x', 'vc-482-02.30.24-x', 'vc-482-01.31.24', 'xx-482-01.31.24-x', 'vc-482-1.31.24-x']) {
      expect(parseBatchComment(bad), bad).toBeNull();
    }
  });

  it('classifies unused, used and other users', () => {
    expect(classifyVoucherComment('', TZ)).toEqual({ kind: 'unused', info: null });
    expect(classifyVoucherComment('vc-482-01.31.24-promo', TZ)).toMatchObject({ kind: 'unused', info: { userMode: 'vc' } });
    // starts like MikHmon but not the full format: still an unused voucher, without batch details
    expect(classifyVoucherComment('vc-handmade', TZ)).toEqual({ kind: 'unused', info: null });
    expect(classifyVoucherComment('jan/31/2024 23:59:59', TZ)).toEqual({ kind: 'used', expiry: { ok: true, value: wib(2024, 1, 31, 23, 59, 59) } });
    expect(classifyVoucherComment('2024-02-01 00:00:01', TZ)).toEqual({ kind: 'used', expiry: { ok: true, value: wib(2024, 2, 1, 0, 0, 1) } });
    expect(classifyVoucherComment('owner laptop', TZ)).toEqual({ kind: 'other' });
    expect(classifyVoucherComment('update firmware', TZ)).toEqual({ kind: 'other' });
    expect(classifyVoucherComment('vcard', TZ)).toEqual({ kind: 'other' });
  });

  it('reports impossible expiry dates instead of calling them operator users', () => {
    const result = classifyVoucherComment('feb/30/2024 10:00:00', TZ);
    expect(result.kind).toBe('used');
    if (result.kind === 'used') expect(result.expiry.ok).toBe(false);
  });
});
