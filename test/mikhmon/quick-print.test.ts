import { describe, expect, it } from 'vitest';
import { parseQuickPrintSource } from '../../src-main/routers/mikhmon';

describe('quick-print packages', () => {
  it('reads every field', () => {
    expect(parseQuickPrintSource('#Promo 5K#hotspot1#vc#5#wf#mix#1day#3h#1073741824#promo#1d#5000_6000#Enable', 0)).toEqual({
      ok: true,
      value: {
        packageName: 'Promo 5K',
        server: 'hotspot1',
        userMode: 'vc',
        userLength: 5,
        prefix: 'wf',
        charset: 'mix',
        profile: '1day',
        timeLimitMs: 3 * 3_600_000,
        dataLimitBytes: 1073741824,
        comment: 'promo',
        validityText: '1d',
        priceMinor: 5000,
        sellingPriceMinor: 6000,
        macLock: true,
      },
    });
  });

  it('treats 0 limits as none and an empty server as all', () => {
    expect(parseQuickPrintSource('#Daily##up#6##num#1day#0#0##1d#5.000_#Disable', 0)).toMatchObject({
      ok: true,
      value: { server: 'all', userMode: 'up', timeLimitMs: null, dataLimitBytes: null, priceMinor: 5000, sellingPriceMinor: null, macLock: false },
    });
  });

  it.each([
    ['', /fields/],
    ['Promo#all#vc#5##mix#1day#0#0##1d#5000_6000#Disable', /fields/],
    ['##all#vc#5##mix#1day#0#0##1d#5000_6000#Disable', /name/],
    ['#P#all#xx#5##mix#1day#0#0##1d#5000_6000#Disable', /user mode/],
    ['#P#all#vc#five##mix#1day#0#0##1d#5000_6000#Disable', /length/],
    ['#P#all#vc#5##emoji#1day#0#0##1d#5000_6000#Disable', /character set/],
    ['#P#all#vc#5##mix##0#0##1d#5000_6000#Disable', /profile/],
    ['#P#all#vc#5##mix#1day#soon#0##1d#5000_6000#Disable', /time limit/],
    ['#P#all#vc#5##mix#1day#0#1GB##1d#5000_6000#Disable', /data limit/],
    ['#P#all#vc#5##mix#1day#0#0##1d#abc_6000#Disable', /price/],
    ['#P#all#vc#5##mix#1day#0#0##1d#5000_6000#Maybe', /MAC lock/],
  ])('reports %j', (source, reason) => {
    const result = parseQuickPrintSource(source, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
