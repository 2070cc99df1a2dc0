export { RouterConnection } from './connection';
export { RouterSession, backoffDelay } from './session';
export type {
  RouterSessionOptions,
  RouterSessionState,
  RouterSessionStatus,
  RouterSessionEvents,
  RouterReconnectOptions,
} from './session';
export {
  RouterConnectionError,
  RouterTimeoutError,
  RouterTrapError,
  RouterFatalError,
  RouterLoginError,
} from './errors';
export { RouterError, RouterProtocolError, RouterEncodingError } from '../protocol/errors';
export type { CommandSpec } from '../protocol/command';
export type { RouterReply, ReplyType } from '../protocol/reply';
export { ANONYMOUS_DH_CIPHERS, defaultSocketFactory, tlsConnectionOptions } from './socket';
export type { RouterSocket, RouterTlsOptions, SocketConnectOptions, SocketFactory } from './socket';
export { noopLogger, systemTimers } from './types';
export type {
  CommandInput,
  CommandOptions,
  CommandResult,
  ListenHandle,
  RouterCommandRunner,
  RouterConnectionOptions,
  RouterDeps,
  RouterEndpoint,
  RouterLogger,
  RouterTimers,
  TimerHandle,
} from './types';
