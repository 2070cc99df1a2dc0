// The parsed form of the RouterOS script subset the app's expiry scripts use (docs/router-sim.md,
// "Script interpreter"). Anything outside it is a syntax error, never skipped.

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '.' | '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '&&' | '||';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  /** a bare word at command level (`no`, `*1A`, `comment`) */
  | { k: 'word'; v: string }
  | { k: 'var'; name: string; at: number }
  | { k: 'cmd'; cmd: Command }
  | { k: 'bin'; op: BinaryOp; left: Expr; right: Expr; at: number }
  | { k: 'not'; e: Expr; at: number };

export type Builtin = 'pick' | 'find' | 'len' | 'tonum';
export type MenuVerb = 'find' | 'get' | 'set' | 'remove' | 'enable' | 'disable';

export interface WhereTerm {
  prop: string;
  op: '=' | '!=' | '~';
  value: Expr;
}

export type Command =
  | { k: 'builtin'; name: Builtin; args: Expr[]; at: number }
  | {
      k: 'menu';
      /** API path, e.g. `/ip/hotspot/user` */
      menu: string;
      verb: MenuVerb;
      /** the item(s) for get / set / remove / enable / disable (absent on settings menus) */
      target?: Expr;
      /** property read by `get` */
      prop?: string;
      /** `key=value` of `set` */
      params: Array<[string, Expr]>;
      where: WhereTerm[];
      at: number;
    };

export type Statement =
  | { k: 'local'; name: string; value?: Expr; at: number }
  | { k: 'set'; name: string; value: Expr; at: number }
  | { k: 'if'; cond: Expr; then: Statement[]; else?: Statement[]; at: number }
  | { k: 'foreach'; name: string; list: Expr; body: Statement[]; at: number }
  | { k: 'command'; cmd: Command };

export type Program = Statement[];
