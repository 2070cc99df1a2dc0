import { describe, expect, it } from 'vitest';
import { encodeSentence } from './codec';
import { RawClient, rowsOf } from './raw-client';
import { eventually, sleep, useSim } from './test-helpers';

const sims = useSim();

describe('tags', () => {
  it('puts .tag= right after the reply word by default, on every sentence', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=a']);
    await c.talk(['/ip/hotspot/user/add', '=name=b']);
    const reply = await c.talk(['/ip/hotspot/user/print', '=.proplist=name', '.tag=7']);
    expect(reply).toEqual([
      ['!re', '.tag=7', '=name=a'],
      ['!re', '.tag=7', '=name=b'],
      ['!done', '.tag=7'],
    ]);
    expect(await c.talk(['/ip/hotspot/user/add', '=name=a', '.tag=t'])).toEqual([
      ['!trap', '.tag=t', '=message=failure: already have user with this name for this server'],
      ['!done', '.tag=t'],
    ]);
  });

  it('puts .tag= last when configured', async () => {
    const sim = await sims.start({ tagPosition: 'last' });
    const c = await sims.client(sim);
    expect(await c.talk(['/ip/hotspot/user/add', '=name=a', '.tag=9'])).toEqual([['!done', '=ret=*1', '.tag=9']]);
    expect(await c.talk(['/ip/hotspot/user/print', '=.proplist=.id,name', '.tag=x'])).toEqual([
      ['!re', '=.id=*1', '=name=a', '.tag=x'],
      ['!done', '.tag=x'],
    ]);
  });

  it('answers pipelined commands in order, each with its own tag', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    for (let i = 1; i <= 20; i++) c.send(['/ip/hotspot/user/add', `=name=u${i}`, `.tag=${i}`]);
    c.send(['/ip/hotspot/user/print', '=count-only=', '.tag=count']);
    for (let i = 1; i <= 20; i++) {
      expect(await c.next()).toEqual(['!done', `.tag=${i}`, `=ret=*${i.toString(16).toUpperCase()}`]);
    }
    expect(await c.next()).toEqual(['!done', '.tag=count', '=ret=20']);
  });
});

describe('replies', () => {
  it('answers an unknown command with both RouterOS traps, then !done', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    expect(await c.talk(['/ip/aasasa/p'])).toEqual([
      ['!trap', '=category=0', '=message=no such command or directory (aasasa)'],
      ['!trap', '=message=no such command prefix'],
      ['!done'],
    ]);
    expect(await c.talk(['/ip/hotspot/user/frobnicate'])).toEqual([
      ['!trap', '=category=0', '=message=no such command or directory (frobnicate)'],
      ['!trap', '=message=no such command prefix'],
      ['!done'],
    ]);
    expect(await c.talk(['/ip/hotspot/active/add', '=user=x'])).toEqual([
      ['!trap', '=category=0', '=message=no such command or directory (add)'],
      ['!trap', '=message=no such command prefix'],
      ['!done'],
    ]);
  });

  it('says !empty before !done for an empty print from 7.18 on, switchable at runtime', async () => {
    const sim = await sims.start({ version: '7.16.2' });
    const c = await sims.client(sim);
    expect(await c.talk(['/ip/hotspot/user/print'])).toEqual([['!done']]);
    sim.setVersion('7.18.1');
    expect(await c.talk(['/ip/hotspot/user/print', '.tag=e'])).toEqual([['!empty', '.tag=e'], ['!done', '.tag=e']]);
    await c.talk(['/ip/hotspot/user/add', '=name=x']);
    expect(await c.talk(['/ip/hotspot/user/print', '?name=nobody'])).toEqual([['!empty'], ['!done']]);
    expect(rowsOf(await c.talk(['/ip/hotspot/user/print', '?name=x']))).toHaveLength(1);
    sim.setVersion('7.9');
    expect(await c.talk(['/ip/hotspot/user/print', '?name=nobody'])).toEqual([['!done']]);
  });

  it('returns only the count with count-only', async () => {
    const sim = await sims.start({ version: '7.18.1' });
    const c = await sims.client(sim);
    expect(await c.talk(['/ip/hotspot/user/print', '=count-only='])).toEqual([['!done', '=ret=0']]);
    await c.talk(['/ip/hotspot/user/add', '=name=x']);
    await c.talk(['/ip/hotspot/user/add', '=name=y', '=disabled=yes']);
    expect(await c.talk(['/ip/hotspot/user/print', '=count-only=', '?disabled=no'])).toEqual([['!done', '=ret=1']]);
  });

  it('traps an unknown print parameter (e.g. a filter sent as =name= instead of ?name=)', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    expect(await c.talk(['/ip/hotspot/user/print', '=name=x'])).toEqual([['!trap', '=message=unknown parameter name'], ['!done']]);
  });

  it('ends the session on /quit with !fatal and closes', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    c.send(['/quit', '.tag=q']);
    expect(await c.next()).toEqual(['!fatal', 'session terminated on request']);
    await c.waitClosed();
  });
});

describe('input framing', () => {
  it('runs a command only once its terminating zero-length word has arrived', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    const bytes = encodeSentence(['/system/identity/print', '.tag=p']);
    for (let i = 0; i < bytes.length - 1; i++) {
      c.writeRaw(bytes.subarray(i, i + 1));
      await sleep(1);
    }
    await expect(c.next(100)).rejects.toThrow('no sentence');
    expect(sim.commandLog()).toHaveLength(1); // only the login so far
    c.writeRaw(bytes.subarray(bytes.length - 1));
    expect(await c.next()).toEqual(['!re', '.tag=p', '=name=MikroTik']);
  });

  it('handles several sentences arriving in one chunk', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim, { login: false });
    c.writeRaw(
      Buffer.concat([
        encodeSentence(['/login', '=name=admin', '=password=admin', '.tag=l']),
        encodeSentence(['/ip/hotspot/user/add', '=name=a', '.tag=a']),
        encodeSentence(['/ip/hotspot/user/print', '=.proplist=name', '.tag=p']),
      ]),
    );
    expect(await c.next()).toEqual(['!done', '.tag=l']);
    expect(await c.next()).toEqual(['!done', '.tag=a', '=ret=*1']);
    expect(await c.next()).toEqual(['!re', '.tag=p', '=name=a']);
    expect(await c.next()).toEqual(['!done', '.tag=p']);
  });
});

describe('robustness', () => {
  it('drops a connection that sends a reserved length byte; others keep working', async () => {
    const sim = await sims.start();
    const good = await sims.client(sim);
    const bad = await sims.client(sim);
    bad.writeRaw(Buffer.from([0xf8, 1, 2, 3]));
    await bad.waitClosed();
    expect(rowsOf(await good.talk(['/system/identity/print']))).toEqual([{ name: 'MikroTik' }]);
  });

  it('survives garbage input and ignores empty sentences', async () => {
    const sim = await sims.start();
    const good = await sims.client(sim);
    const garbage = await sims.client(sim, { login: false });
    garbage.writeRaw(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    garbage.writeRaw(Buffer.from([0x05, 0x01, 0x02]));
    good.writeRaw(Buffer.from([0, 0, 0]));
    expect(rowsOf(await good.talk(['/system/identity/print']))).toEqual([{ name: 'MikroTik' }]);
    const fresh = await sims.client(sim);
    expect(rowsOf(await fresh.talk(['/system/identity/print']))).toEqual([{ name: 'MikroTik' }]);
  });

  it('drops a peer announcing an oversized word before login', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim, { login: false });
    c.writeRaw(Buffer.from([0xe0, 0x20, 0x00, 0x00])); // 2 MiB word before login
    await c.waitClosed();
  });

  it('counts open connections and logs commands per connection', async () => {
    const sim = await sims.start();
    const a = await sims.client(sim);
    const b = await sims.client(sim);
    await eventually(() => sim.connectionCount() === 2);
    await b.talk(['/system/identity/print', '.tag=z']);
    a.close();
    await eventually(() => sim.connectionCount() === 1);
    const log = sim.commandLog();
    expect(log.map((e) => e.words[0])).toEqual(['/login', '/login', '/system/identity/print']);
    expect(log[2]?.words).toEqual(['/system/identity/print', '.tag=z']);
    expect(log[2]?.connectionId).toBe(log[1]?.connectionId);
  });

  it('binds to 127.0.0.1 only', async () => {
    const sim = await sims.start();
    expect(sim.host).toBe('127.0.0.1');
    const c = await RawClient.connect(sim.port);
    c.close();
  });
});
