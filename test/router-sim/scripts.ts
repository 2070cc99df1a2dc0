// Hook for router-side scripts. The simulator does not interpret RouterOS script language yet; it
// only reports when a script would run (scheduler fires, `/system/script/run`, hotspot on-login /
// on-logout, ppp on-up / on-down) so a later interpreter, or a test, can apply the script's effects
// through `exec`, which runs API commands against the router state in-process.

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
  /** run one API command as the router itself (no network); returns the reply sentences */
  exec(words: string[]): string[][];
}

export type ScriptRunner = (ctx: ScriptRunContext) => void;
