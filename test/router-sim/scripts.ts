// Hook for router-side scripts: called whenever a script would run (scheduler fires,
// `/system/script/run`, hotspot on-login / on-logout, ppp on-up / on-down). The default hook is the
// interpreter in script/ (a subset of the RouterOS language, see docs/router-sim.md); a test may
// replace it and apply effects itself through `exec`, which runs API commands in-process.

export type ScriptTrigger = 'scheduler' | 'script-run' | 'hotspot-login' | 'hotspot-logout' | 'ppp-up' | 'ppp-down';

export interface ScriptRunContext {
  trigger: ScriptTrigger;
  /** scheduler / script / profile name the source belongs to */
  name: string;
  source: string;
  /** hotspot or ppp user the event is about */
  user?: string;
  /** the router clock at the moment the script runs */
  nowMs: number;
  /** extra script variables, e.g. a hotspot login's `address` and `mac-address` */
  variables?: Record<string, string>;
  /** run one API command as the router itself (no network); returns the reply sentences */
  exec(words: string[]): string[][];
  /** append to the router's /log (e.g. topics `script,error` for a failed script) */
  log?(topics: string, message: string): void;
}

export type ScriptRunner = (ctx: ScriptRunContext) => void;
