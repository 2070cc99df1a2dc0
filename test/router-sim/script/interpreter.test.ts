import { describe, expect, it } from 'vitest';
import { useSim } from '../test-helpers';
import type { RouterSim } from '../index';
import { parseScript } from './parser';

const { start } = useSim();

/** Stores `source` as a /system/script and runs it through the API, like an operator would. */
function run(sim: RouterSim, source: string): void {
  const name = `t${sim.rows('/system/script').length}`;
  sim.exec(['/system/script/add', `=name=${name}`, `=source=${source}`]);
  sim.exec(['/system/script/run', `=number=${name}`]);
}

const errors = (sim: RouterSim): string[] => sim.rows('/log').filter((r) => r.topics === 'script,error').map((r) => r.message ?? '');
const user = (sim: RouterSim, name: string): Record<string, string> | undefined => sim.rows('/ip/hotspot/user').find((r) => r.name === name);

async function simWithUsers(version = '7.16.2'): Promise<RouterSim> {
  const sim = await start({ version });
  sim.exec(['/ip/hotspot/user/profile/add', '=name=p1']);
  sim.exec(['/ip/hotspot/user/add', '=name=a', '=profile=p1', '=comment=mb:x;ex=100']);
  sim.exec(['/ip/hotspot/user/add', '=name=b', '=profile=p1', '=comment=mb:y']);
  sim.exec(['/ip/hotspot/user/add', '=name=c', '=comment=mb:z;ex=999']);
  return sim;
}

describe('script interpreter', () => {
  it(':local, :set, :if/else, arithmetic with integer division and %, concatenation', async () => {
    const sim = await simWithUsers();
    run(
      sim,
      [
        ':local n ((7*3)+(10/4)-(9%4))',
        ':local s "v"',
        ':if ($n>20) do={ :set s ($s."big") } else={ :set s ($s."small") }',
        ':if (!($n=22)) do={ :set s ($s."!") }',
        '/ip hotspot user set [/ip hotspot user find where name="b"] comment=("mb:".$s.$n)',
      ].join('\n'),
    );
    expect(errors(sim)).toEqual([]);
    expect(user(sim, 'b')?.comment).toBe('mb:vbig22');
  });

  it(':pick, :find (nil when absent), :len and :tonum', async () => {
    const sim = await simWithUsers();
    run(
      sim,
      [
        ':local d "2026-01-15"',
        ':local m ([:tonum ("1".[:pick $d 5 7])]-100)',
        ':local i [:find "janfebmar" "mar"]',
        ':local r ("m".$m."i".$i."l".[:len $d]."c".[:pick $d 3])',
        ':if ([:find $d "x"]=[:find $d "y"]) do={ :set r ($r."nil") }',
        '/ip hotspot user set b comment=$r',
      ].join('\n'),
    );
    expect(errors(sim)).toEqual([]);
    expect(user(sim, 'b')?.comment).toBe('m1i6l10c6nil');
  });

  it('find where (=, !=, ~, and), :foreach, get, remove and disable act on the router', async () => {
    const sim = await simWithUsers();
    run(
      sim,
      [
        ':foreach i in=[/ip hotspot user find where profile="p1" and comment~";ex="] do={',
        '  :local c [/ip/hotspot/user get $i comment]',
        '  :if ([:tonum [:pick $c ([:find $c ";ex="]+4) [:len $c]]] <= 100) do={ /ip hotspot user remove $i }',
        '}',
        '/ip hotspot user disable [/ip hotspot user find where name!="b" and disabled=no]',
      ].join('\n'),
    );
    expect(errors(sim)).toEqual([]);
    expect(user(sim, 'a')).toBeUndefined();
    expect(user(sim, 'b')?.disabled).toBe('false');
    expect(user(sim, 'c')?.disabled).toBe('true');
  });

  it('/system clock get date follows the version format', async () => {
    for (const [version, date] of [
      ['6.49.10', 'jan/15/2026'],
      ['7.9', 'jan/15/2026'],
      ['7.16.2', '2026-01-15'],
    ] as const) {
      const sim = await simWithUsers(version);
      run(sim, '/ip hotspot user set b comment=([/system clock get date]." ".[/system clock get time])');
      expect(user(sim, 'b')?.comment).toBe(`${date} 10:00:00`);
    }
  });

  it('a hotspot login runs the profile on-login with $user and $"mac-address"', async () => {
    const sim = await simWithUsers();
    sim.exec(['/ip/hotspot/user/profile/set', '=numbers=p1', '=on-login=# mb:\n/ip hotspot user set [/ip hotspot user find where name=$user] comment=($user."@".$"mac-address")']);
    sim.loginHotspotUser('b', { macAddress: '02:00:00:00:00:0a' });
    expect(errors(sim)).toEqual([]);
    expect(user(sim, 'b')?.comment).toBe('b@02:00:00:00:00:0A');
  });

  it('a scheduler runs its on-event text; run-count and next-run read per version', async () => {
    const sim = await simWithUsers('7.9');
    sim.exec(['/system/scheduler/add', '=name=s', '=interval=2m', '=on-event=/ip hotspot user remove [/ip hotspot user find where name="a"]']);
    sim.exec(['/system/scheduler/add', '=name=daily', '=interval=1d', '=on-event=/ip hotspot user disable [/ip hotspot user find where name="b"]']);
    expect(sim.rows('/system/scheduler')[0]).toMatchObject({ 'run-count': '0', 'next-run': '10:02:00' });
    sim.advanceClock(60_000);
    expect(user(sim, 'a')).toBeDefined();
    sim.advanceClock(60_000);
    expect(user(sim, 'a')).toBeUndefined();
    expect(sim.rows('/system/scheduler')[0]).toMatchObject({ 'run-count': '1', 'next-run': '10:04:00' });
    expect(sim.rows('/system/scheduler')[1]).toMatchObject({ 'run-count': '0', 'next-run': 'jan/16 10:00:00' });
    sim.setVersion('7.16.2');
    expect(sim.rows('/system/scheduler')[1]?.['next-run']).toBe('01-16 10:00:00');
    sim.advanceClock(86_400_000);
    expect(errors(sim)).toEqual([]);
    expect(user(sim, 'b')?.disabled).toBe('true');
    expect(sim.rows('/system/scheduler')[0]?.['run-count']).toBe('721');
    expect(errors(sim)).toEqual([]);
  });

  describe('errors are logged as script,error and never skipped', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['unknown command: nothing runs', '/ip hotspot user remove a\n/ip hotspot user frobnicate b', /syntax error \(line 2 column 18\): bad command name frobnicate/],
      ['unknown builtin', '/ip hotspot user remove a\n:put "x"', /bad command name :put/],
      ['unknown menu', '/ip hotspot user remove a\n/interface print', /bad command name interface/],
      ['mixed operators', '/ip hotspot user remove a\n:local x (1+2*3)', /mixed operators without parentheses/],
      ['variable inside a string', '/ip hotspot user remove a\n:local x "a$user"', /variables inside strings/],
      ['unterminated block', '/ip hotspot user remove a\n:if (true) do={', /expected "\)"|expected a value/],
    ];
    for (const [label, source, message] of cases) {
      it(`syntax: ${label}`, async () => {
        const sim = await simWithUsers();
        run(sim, source);
        expect(errors(sim)).toEqual([expect.stringMatching(message)]);
        expect(user(sim, 'a')).toBeDefined();
      });
    }

    const runtime: Array<[string, string, RegExp]> = [
      ['string plus number', ':local x ("1"+1)', /\+ needs a number, got str/],
      ['leading zero in :tonum', ':local x [:tonum "08"]', /leading zero/],
      ['undeclared variable', ':set y 1', /undeclared variable y/],
      ['router trap', '/ip hotspot user set b nosuch=1', /\/ip\/hotspot\/user set: unknown parameter nosuch/],
      ['comparing different types', ':if ("1"=1) do={}', /cannot compare str with num/],
    ];
    for (const [label, source, message] of runtime) {
      it(`runtime: ${label} stops the script where it happened`, async () => {
        const sim = await simWithUsers();
        run(sim, `/ip hotspot user remove a\n${source}\n/ip hotspot user remove c`);
        expect(errors(sim)).toEqual([expect.stringMatching(message)]);
        expect(user(sim, 'a')).toBeUndefined();
        expect(user(sim, 'c')).toBeDefined();
      });
    }
  });

  it('parses RouterOS line joining, comments and ; separators', () => {
    expect(parseScript('# c\n:local a 1; :local b \\\n  2\n')).toHaveLength(2);
  });
});
