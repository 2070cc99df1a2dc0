import { describe, expect, it } from 'vitest';
import { rowsOf } from './raw-client';
import { useSim } from './test-helpers';

const sims = useSim();
const U = '/ip/hotspot/user';

describe('/ip/hotspot/user', () => {
  it('adds with defaults, strings only, and omits unset optional properties', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    expect(await c.talk([`${U}/add`, '=name=0123', '=password=0123', '=comment=true'])).toEqual([['!done', '=ret=*1']]);
    const [row] = rowsOf(await c.talk([`${U}/print`]));
    expect(row).toEqual({
      '.id': '*1',
      server: 'all',
      name: '0123',
      password: '0123',
      profile: 'default',
      uptime: '0s',
      'bytes-in': '0',
      'bytes-out': '0',
      'packets-in': '0',
      'packets-out': '0',
      dynamic: 'false',
      disabled: 'false',
      comment: 'true',
    });
    expect(sim.rows(U)).toEqual([row]);
  });

  it('never reuses ids; ids are uppercase hex', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    for (let i = 1; i <= 11; i++) await c.talk([`${U}/add`, `=name=u${i}`]);
    await c.talk([`${U}/remove`, '=.id=*B']);
    await c.talk([`${U}/remove`, '=numbers=*A,u9']);
    expect(await c.talk([`${U}/add`, '=name=new'])).toEqual([['!done', '=ret=*C']]);
    expect(rowsOf(await c.talk([`${U}/print`, '=.proplist=.id'])).map((r) => r['.id'])).toEqual([
      '*1', '*2', '*3', '*4', '*5', '*6', '*7', '*8', '*C',
    ]);
  });

  it('traps duplicates, unknown profiles, bad booleans and unknown parameters with exact messages', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk([`${U}/add`, '=name=a']);
    expect(await c.talk([`${U}/add`, '=name=a'])).toEqual([
      ['!trap', '=message=failure: already have user with this name for this server'],
      ['!done'],
    ]);
    expect(await c.talk([`${U}/add`, '=name=b', '=profile=gold'])).toEqual([
      ['!trap', '=category=1', '=message=input does not match any value of profile'],
      ['!done'],
    ]);
    expect(await c.talk([`${U}/add`, '=name=b', '=disabled=maybe'])).toEqual([
      ['!trap', '=category=1', '=message=invalid value of disabled, must be either yes or no'],
      ['!done'],
    ]);
    expect(await c.talk([`${U}/add`, '=name=b', '=uptime=1h'])).toEqual([['!trap', '=message=unknown parameter uptime'], ['!done']]);
    expect(sim.rows(U)).toHaveLength(1);
  });

  it('accepts yes/no/true/false and answers true/false; normalises durations and MACs', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk([`${U}/add`, '=name=a', '=disabled=yes', '=limit-uptime=3600', '=mac-address=aa:bb:cc:dd:ee:0f']);
    await c.talk([`${U}/add`, '=name=b', '=disabled=true', '=limit-uptime=01:00:00']);
    await c.talk([`${U}/add`, '=name=c', '=disabled=no', '=limit-uptime=1d2h']);
    const rows = rowsOf(await c.talk([`${U}/print`, '=.proplist=name,disabled,limit-uptime,mac-address']));
    expect(rows).toEqual([
      { name: 'a', disabled: 'true', 'limit-uptime': '1h', 'mac-address': 'AA:BB:CC:DD:EE:0F' },
      { name: 'b', disabled: 'true', 'limit-uptime': '1h' },
      { name: 'c', disabled: 'false', 'limit-uptime': '1d2h' },
    ]);
  });

  it('resolves profile prefixes like RouterOS, and traps ambiguous ones', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk([`${U}/profile/add`, '=name=gold-1d']);
    await c.talk([`${U}/profile/add`, '=name=gold-7d']);
    await c.talk([`${U}/add`, '=name=a', '=profile=gold-7']);
    expect(sim.rows(U)[0]?.profile).toBe('gold-7d');
    expect(await c.talk([`${U}/add`, '=name=b', '=profile=gold'])).toEqual([
      ['!trap', '=category=1', '=message=ambiguous value of profile, more than one possible value'],
      ['!done'],
    ]);
  });

  it('set/disable/enable/remove by id, name, or comma lists; missing items trap', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    for (const n of ['a', 'b', 'c']) await c.talk([`${U}/add`, `=name=${n}`]);
    expect(await c.talk([`${U}/disable`, '=numbers=a,*3'])).toEqual([['!done']]);
    expect(sim.rows(U).map((r) => r.disabled)).toEqual(['true', 'false', 'true']);
    await c.talk([`${U}/enable`, '=.id=*1']);
    await c.talk([`${U}/set`, '=numbers=b,c', '=comment=batch-1']);
    expect(sim.rows(U).map((r) => r.comment)).toEqual([undefined, 'batch-1', 'batch-1']);
    expect(await c.talk([`${U}/set`, '=.id=*99', '=comment=x'])).toEqual([['!trap', '=category=0', '=message=no such item'], ['!done']]);
    expect(await c.talk([`${U}/remove`, '=numbers=a,zzz'])).toEqual([['!trap', '=category=0', '=message=no such item'], ['!done']]);
    expect(sim.rows(U)).toHaveLength(3); // nothing removed: the command failed as a whole
    expect(await c.talk([`${U}/set`, '=.id=*2', '=name=a'])).toEqual([
      ['!trap', '=message=failure: already have user with this name for this server'],
      ['!done'],
    ]);
  });

  it('treats a bare number as a position, not as an id', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    for (const n of ['a', 'b', 'c']) await c.talk([`${U}/add`, `=name=${n}`]);
    await c.talk([`${U}/remove`, '=.id=*1']);
    await c.talk([`${U}/set`, '=.id=1', '=comment=hit']); // position 1 is *3, not *1 or *2
    expect(sim.rows(U).map((r) => [r['.id'], r.comment])).toEqual([
      ['*2', undefined],
      ['*3', 'hit'],
    ]);
  });

  it('unsets optional properties', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk([`${U}/add`, '=name=a', '=limit-uptime=1h']);
    expect(await c.talk([`${U}/unset`, '=numbers=a', '=value-name=limit-uptime'])).toEqual([['!done']]);
    expect(sim.rows(U)[0]?.['limit-uptime']).toBeUndefined();
  });

  it('logs out through /ip/hotspot/active/remove and adds the session to the user counters', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk([`${U}/add`, '=name=v1']);
    const id = sim.loginHotspotUser('v1', { macAddress: 'aa:bb:cc:00:00:01', address: '10.5.50.9' });
    sim.addHotspotTraffic('v1', 1000, 5000);
    sim.advanceClock(90_000);
    const [active] = rowsOf(await c.talk(['/ip/hotspot/active/print']));
    expect(active).toMatchObject({ '.id': id, user: 'v1', address: '10.5.50.9', 'mac-address': 'AA:BB:CC:00:00:01', uptime: '1m30s', 'bytes-in': '1000' });
    expect(sim.rows(U)[0]).toMatchObject({ uptime: '0s', 'bytes-in': '0' }); // counters move only at logout
    expect(await c.talk(['/ip/hotspot/active/remove', `=.id=${id}`])).toEqual([['!done']]);
    expect(sim.rows('/ip/hotspot/active')).toEqual([]);
    expect(sim.rows(U)[0]).toMatchObject({ uptime: '1m30s', 'bytes-in': '1000', 'bytes-out': '5000' });
  });
});

describe('/ip/hotspot/user/profile', () => {
  it('has the built-in default profile *0 that cannot be removed', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    const rows = rowsOf(await c.talk([`${U}/profile/print`, '=.proplist=.id,name,shared-users,default']));
    expect(rows).toEqual([{ '.id': '*0', name: 'default', 'shared-users': '1', default: 'true' }]);
    expect(await c.talk([`${U}/profile/add`, '=name=1jam', '=rate-limit=1M/2M', '=on-login=:put (",rem,5000,1h,5000,,Disable,");'])).toEqual([
      ['!done', '=ret=*1'],
    ]);
    expect((await c.talk([`${U}/profile/remove`, '=.id=*0']))[0]?.[0]).toBe('!trap');
    expect(sim.rows(`${U}/profile`).map((r) => r.name)).toEqual(['default', '1jam']);
  });
});

describe('/ppp', () => {
  it('has built-in profiles *0 default and *FFFFFFFE default-encryption', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ppp/profile/add', '=name=10mbps', '=rate-limit=10M/10M', '=only-one=yes']);
    const rows = rowsOf(await c.talk(['/ppp/profile/print', '=.proplist=.id,name,only-one']));
    expect(rows).toEqual([
      { '.id': '*0', name: 'default', 'only-one': 'default' },
      { '.id': '*1', name: '10mbps', 'only-one': 'yes' },
      { '.id': '*FFFFFFFE', name: 'default-encryption', 'only-one': 'default' },
    ]);
  });

  it('validates secrets: duplicate name, unknown profile, service prefix', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    expect(await c.talk(['/ppp/secret/add', '=name=cust1', '=password=p', '=service=pppo'])).toEqual([['!done', '=ret=*1']]);
    expect(sim.rows('/ppp/secret')[0]).toMatchObject({ service: 'pppoe', profile: 'default', disabled: 'false' });
    expect(await c.talk(['/ppp/secret/add', '=name=cust1'])).toEqual([
      ['!trap', '=message=failure: secret with the same name already exists'],
      ['!done'],
    ]);
    expect(await c.talk(['/ppp/secret/add', '=name=cust2', '=profile=nope'])).toEqual([
      ['!trap', '=category=1', '=message=input does not match any value of profile'],
      ['!done'],
    ]);
    expect(sim.rows('/ppp/secret')[0]?.['last-logged-out']).toBeUndefined();
  });

  it('disconnects through /ppp/active/remove and records last-logged-out in the version date format', async () => {
    const sim = await sims.start({ version: '7.9' });
    const c = await sims.client(sim);
    await c.talk(['/ppp/secret/add', '=name=cust1', '=remote-address=10.0.0.50']);
    sim.loginPppUser('cust1', { callerId: 'AA:AA:AA:AA:AA:AA' });
    sim.advanceClock(20_000);
    const [active] = rowsOf(await c.talk(['/ppp/active/print']));
    expect(active).toMatchObject({ name: 'cust1', service: 'pppoe', address: '10.0.0.50', 'caller-id': 'AA:AA:AA:AA:AA:AA', uptime: '20s' });
    await c.talk(['/ppp/active/remove', `=.id=${active?.['.id'] ?? ''}`]);
    expect(sim.rows('/ppp/secret')[0]).toMatchObject({ 'last-logged-out': 'jan/15/2026 10:00:20', 'last-caller-id': 'AA:AA:AA:AA:AA:AA' });
    sim.setVersion('7.16.2');
    expect(sim.rows('/ppp/secret')[0]?.['last-logged-out']).toBe('2026-01-15 10:00:20');
  });
});

describe('/system', () => {
  it('prints and sets the identity', async () => {
    const sim = await sims.start({ identity: 'Office-1' });
    const c = await sims.client(sim);
    expect(await c.talk(['/system/identity/print'])).toEqual([['!re', '=name=Office-1'], ['!done']]);
    expect(await c.talk(['/system/identity/set', '=name=Office-2'])).toEqual([['!done']]);
    expect(sim.rows('/system/identity')).toEqual([{ name: 'Office-2' }]);
  });

  it('prints resource with version and live uptime; setResource overrides values', async () => {
    const sim = await sims.start({ version: '7.18.1' });
    const c = await sims.client(sim);
    sim.advanceClock(3_723_000);
    let [res] = rowsOf(await c.talk(['/system/resource/print']));
    expect(res).toMatchObject({ version: '7.18.1 (stable)', uptime: '1h2m3s', 'board-name': 'RB750Gr3', 'cpu-load': '3' });
    expect(res?.['.id']).toBeUndefined();
    sim.setResource({ 'cpu-load': '97', 'free-memory': '1048576' });
    [res] = rowsOf(await c.talk(['/system/resource/print', '=.proplist=cpu-load,free-memory']));
    expect(res).toEqual({ 'cpu-load': '97', 'free-memory': '1048576' });
  });

  it('stores script owner and source as given (MikHmon sales records)', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    const name = 'jan/15/2026-|-10:00:00-|-v1-|-5000-|-10.5.50.2-|-AA:BB:CC:DD:EE:FF-|-1d-|-1day-|-vc-123-01.15.26-';
    await c.talk(['/system/script/add', `=name=${name}`, '=owner=jan2026', '=source=jan/15/2026', '=comment=mikhmon']);
    await c.talk(['/system/script/add', '=name=other']);
    expect(sim.rows('/system/script')[0]).toMatchObject({ name, owner: 'jan2026', source: 'jan/15/2026', comment: 'mikhmon', 'run-count': '0' });
    expect(sim.rows('/system/script')[1]?.owner).toBe('admin');
  });
});
