import { describe, expect, it } from 'vitest';
import { legacyLoginResponse } from './index';
import { attrs } from './raw-client';
import { useSim } from './test-helpers';

const sims = useSim();

describe('legacy md5 response', () => {
  it('matches the guide vector', () => {
    expect(legacyLoginResponse('passTest', 'abc123')).toBe('0021277bff9ac7caf06aa608e46616d47f');
  });
});

describe('login', () => {
  it('accepts a plain login (6.43+) and echoes the tag', async () => {
    const sim = await sims.start({ users: { admin: 'secret' } });
    const c = await sims.client(sim, { login: false });
    expect(await c.talk(['/login', '=name=admin', '=password=secret', '.tag=1'])).toEqual([['!done', '.tag=1']]);
    expect((await c.talk(['/system/identity/print']))[0]).toEqual(['!re', '=name=MikroTik']);
  });

  it('rejects a wrong password with the exact trap, then !done, and keeps the connection', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim, { login: false });
    expect(await c.talk(['/login', '=name=admin', '=password=wrong'])).toEqual([
      ['!trap', '=message=invalid user name or password (6)'],
      ['!done'],
    ]);
    expect(await c.talk(['/login', '=name=nobody', '=password=admin'])).toEqual([
      ['!trap', '=message=invalid user name or password (6)'],
      ['!done'],
    ]);
    await c.login();
  });

  it('answers every other command with "not logged in" before login', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim, { login: false });
    expect(await c.talk(['/ip/hotspot/user/print', '.tag=x'])).toEqual([
      ['!trap', '.tag=x', '=message=not logged in'],
      ['!done', '.tag=x'],
    ]);
    expect(await c.talk(['/nonsense'])).toEqual([['!trap', '=message=not logged in'], ['!done']]);
  });

  it('supports the challenge login on 7.x when /login has no password', async () => {
    const sim = await sims.start({ users: { userTest: 'passTest' } });
    const c = await sims.client(sim, { login: false });
    const [first] = await c.talk(['/login']);
    const ret = attrs(first ?? []).ret ?? '';
    expect(ret).toMatch(/^[0-9a-f]{32}$/);
    expect(await c.talk(['/login', '=name=userTest', `=response=${legacyLoginResponse('passTest', ret)}`])).toEqual([['!done']]);
    expect((await c.talk(['/system/identity/print']))[0]?.[0]).toBe('!re');
  });

  it('reports a bad challenge response on 6.43+ like a bad password', async () => {
    const sim = await sims.start({ version: '6.49.10' });
    const c = await sims.client(sim, { login: false });
    await c.talk(['/login']);
    expect(await c.talk(['/login', '=name=admin', '=response=00deadbeef'])).toEqual([
      ['!trap', '=message=invalid user name or password (6)'],
      ['!done'],
    ]);
  });

  it('requires the challenge login below 6.43: a plain login only gets a challenge back', async () => {
    const sim = await sims.start({ version: '6.40', users: { admin: 'pw' } });
    const c = await sims.client(sim, { login: false });
    const plain = await c.talk(['/login', '=name=admin', '=password=pw']);
    expect(plain).toHaveLength(1);
    const ret = attrs(plain[0] ?? []).ret ?? '';
    expect(ret).toMatch(/^[0-9a-f]{32}$/);
    // still not logged in: the password word was ignored
    expect((await c.talk(['/system/identity/print']))[0]).toEqual(['!trap', '=message=not logged in']);

    expect(await c.talk(['/login', '=name=admin', '=response=00ffff'])).toEqual([['!trap', '=message=cannot log in'], ['!done']]);

    const again = await c.talk(['/login']);
    const ret2 = attrs(again[0] ?? []).ret ?? '';
    expect(await c.talk(['/login', '=name=admin', `=response=${legacyLoginResponse('pw', ret2)}`])).toEqual([['!done']]);
  });

  it('switches login mode with setVersion for new logins', async () => {
    const sim = await sims.start();
    sim.setVersion('6.42');
    const c = await sims.client(sim, { login: false });
    const reply = await c.talk(['/login', '=name=admin', '=password=admin']);
    expect(attrs(reply[0] ?? []).ret).toBeDefined();
  });
});
