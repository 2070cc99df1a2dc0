import { fillPlaceholders, type GatewayContentType, type ReminderChannel } from '../../src-shared/ipc/schemas/reminders';

/** What a request to the office's gateway needs. */
export interface GatewayConfig {
  url: string;
  method: 'POST' | 'PUT';
  contentType: GatewayContentType;
  bodyTemplate: string;
  authHeader: { name: string; value: string } | null;
  timeoutMs: number;
}

export interface GatewayMessage {
  to: string;
  message: string;
  channel: ReminderChannel;
}

/**
 * How one attempt ended:
 * - sent: a 2xx answer (the only success);
 * - rejected: the gateway answered 1xx/3xx/4xx: retrying the same request would get the same answer;
 * - retry: a 5xx answer or a timeout: the gateway is there but could not take it now (may have sent it);
 * - unreachable: no connection at all (refused, DNS, network down): nothing was sent, the office is
 *   probably offline.
 */
export type GatewayOutcome =
  | { kind: 'sent'; status: number }
  | { kind: 'rejected'; status: number; error: string }
  | { kind: 'retry'; status: number | null; error: string }
  | { kind: 'unreachable'; error: string };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const ANSWER_EXCERPT = 300;

/** The request body: each value escaped for the body's format, so a message can never break it. */
export function gatewayBody(template: string, contentType: GatewayContentType, message: GatewayMessage): string {
  const values = { to: message.to, message: message.message, channel: message.channel };
  const escape = contentType === 'json' ? (value: string) => JSON.stringify(value).slice(1, -1) : encodeURIComponent;
  return fillPlaceholders(template, values, escape);
}

/**
 * One request to the configured address and nowhere else: redirects are not followed (a 3xx is an
 * answer, recorded as rejected), the address comes only from the saved settings.
 */
export async function sendThroughGateway(config: GatewayConfig, message: GatewayMessage, fetchImpl: FetchLike = fetch): Promise<GatewayOutcome> {
  const headers: Record<string, string> = {
    'content-type': config.contentType === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded; charset=utf-8',
  };
  if (config.authHeader) headers[config.authHeader.name] = config.authHeader.value;
  const signal = AbortSignal.timeout(config.timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(config.url, { method: config.method, headers, body: gatewayBody(config.bodyTemplate, config.contentType, message), redirect: 'manual', signal });
  } catch (error) {
    return requestFailure(error);
  }
  let answer: string;
  try {
    answer = (await response.text()).slice(0, ANSWER_EXCERPT).trim();
  } catch (error) {
    // The status is known; a body cut off by the timeout does not change what it means.
    answer = `(answer not read: ${describe(error)})`;
  }
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'sent', status };
  const error = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}${answer ? `: ${answer}` : ''}`;
  return status >= 500 ? { kind: 'retry', status, error } : { kind: 'rejected', status, error };
}

function requestFailure(error: unknown): GatewayOutcome {
  if (isTimeout(error)) return { kind: 'retry', status: null, error: 'the gateway did not answer in time' };
  return { kind: 'unreachable', error: `cannot reach the gateway: ${describe(error)}` };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && error.cause instanceof Error && error.cause.name === 'TimeoutError'));
}

/** undici wraps the socket error ("fetch failed", cause: ECONNREFUSED 127.0.0.1:9): name the cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) return cause.message || ((cause as NodeJS.ErrnoException).code ?? error.message);
  return error.message;
}
