import { describe, expect, it } from 'vitest';
import { matchesQuery, parseQuery, plainTyping } from './query';
import { rowsOf } from './raw-client';
import { useSim } from './test-helpers';

const sims = useSim();

const ifaces: Array<Record<string, string>> = [
  { name: 'ether1', type: 'ether', disabled: 'false' },
  { name: 'ether2', type: 'ether', disabled: 'false', slave: 'true' },
  { name: 'ether3', type: 'ether', disabled: 'true' },
  { name: 'vlan10', type: 'vlan', disabled: 'false', comment: 'office' },
  { name: 'bridge1', type: 'bridge', disabled: 'false' },
  { name: 'wlan1', type: 'wlan', disabled: 'false' },
];

const names = (words: string[]): string[] =>
  ifaces.filter((r) => matchesQuery(parseQuery(words), r, plainTyping)).map((r) => r.name ?? '');

describe('query stack evaluation', () => {
  it('ANDs everything left on the stack', () => {
    expect(names(['type=ether', 'disabled=false'])).toEqual(['ether1', 'ether2']);
    expect(names([])).toHaveLength(6);
  });

  it('has / lacks / equals / less / greater', () => {
    expect(names(['comment'])).toEqual(['vlan10']);
    expect(names(['-slave', 'type=ether'])).toEqual(['ether1', 'ether3']);
    expect(names(['=type=vlan'])).toEqual(['vlan10']);
    expect(names(['<name=ether3'])).toEqual(['ether1', 'ether2', 'bridge1']);
    expect(names(['>name=vlan'])).toEqual(['vlan10', 'wlan1']);
    expect(names(['>comment='])).toEqual(['vlan10']);
  });

  it('ORs with ?#| and negates with ?#!', () => {
    expect(names(['type=ether', 'type=vlan', '#|'])).toEqual(['ether1', 'ether2', 'ether3', 'vlan10']);
    expect(names(['type=ether', '#!'])).toEqual(['vlan10', 'bridge1', 'wlan1']);
    expect(names(['type=ether', 'type=vlan', '#|!'])).toEqual(['bridge1', 'wlan1']);
  });

  it('evaluates the manual example: (bridge|ether|vlan) & disabled=no & not slave', () => {
    const words = ['-slave', '=disabled=false', '=type=bridge', '=type=ether', '=type=vlan', '#|', '#|', '#&', '#&'];
    expect(names(words)).toEqual(['ether1', 'vlan10', 'bridge1']);
  });

  it('an operator on a short stack reads the infinite true bottom', () => {
    // one pushed value OR true -> everything matches
    expect(names(['type=vlan', '#|'])).toHaveLength(6);
    // one pushed value AND true -> just the pushed value
    expect(names(['type=vlan', '#&'])).toEqual(['vlan10']);
  });

  it('indexes: a trailing index replaces the whole stack, an inner one pushes a copy', () => {
    // stack [type=vlan, type=ether]; '1' at end -> whole stack becomes type=vlan
    expect(names(['type=vlan', 'type=ether', '#1'])).toEqual(['vlan10']);
    // '0.' pushes a copy of the top ('.' after index does nothing), then '|' ORs the copy with itself
    expect(names(['type=vlan', 'type=ether', '#0.|'])).toEqual([]);
    // '.' after an operator duplicates the top: (vlan|ether) dup, & -> still vlan|ether
    expect(names(['type=vlan', 'type=ether', '#|.&'])).toEqual(['ether1', 'ether2', 'ether3', 'vlan10']);
  });
});

describe('print queries and proplist over the wire', () => {
  it('filters hotspot users with stack ops and returns only proplist fields, in proplist order', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/profile/add', '=name=1d']);
    await c.talk(['/ip/hotspot/user/add', '=name=a', '=profile=1d', '=comment=vc-123-01.15.26-']);
    await c.talk(['/ip/hotspot/user/add', '=name=b', '=profile=1d', '=disabled=yes']);
    await c.talk(['/ip/hotspot/user/add', '=name=c']);
    const reply = await c.talk([
      '/ip/hotspot/user/print',
      '=.proplist=profile,name,.id',
      '?profile=1d',
      '?disabled=yes',
      '?#!&',
    ]);
    expect(rowsOf(reply)).toEqual([{ profile: '1d', name: 'a', '.id': '*1' }]);
    expect(rowsOf(await c.talk(['/ip/hotspot/user/print', '=.proplist=name', '?comment']))).toEqual([{ name: 'a' }]);
    expect(rowsOf(await c.talk(['/ip/hotspot/user/print', '=.proplist=name', '?-comment']))).toEqual([{ name: 'b' }, { name: 'c' }]);
  });

  it('sends an empty !re for rows that have none of the proplist fields', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=a']);
    expect(await c.talk(['/ip/hotspot/user/print', '=.proplist=comment'])).toEqual([['!re'], ['!done']]);
  });

  it('compares durations by length', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=short', '=limit-uptime=30m']);
    await c.talk(['/ip/hotspot/user/add', '=name=long', '=limit-uptime=1d']);
    expect(rowsOf(await c.talk(['/ip/hotspot/user/print', '=.proplist=name', '?>limit-uptime=2h']))).toEqual([{ name: 'long' }]);
  });
});
