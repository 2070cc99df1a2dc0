import type { EventName, EventPayload } from '../../src-shared/ipc/events';

type Sink = (event: string, payload: unknown) => void;

/**
 * Routes main -> renderer events to the transport that owns each client (an Electron window or a
 * web-bridge socket). Services emit; transports attach a sink per client.
 */
export class EventHub {
  private readonly sinks = new Map<string, Sink>();

  attach(clientId: string, sink: Sink): void {
    this.sinks.set(clientId, sink);
  }

  detach(clientId: string): void {
    this.sinks.delete(clientId);
  }

  emitTo<E extends EventName>(clientId: string, event: E, payload: EventPayload<E>): void {
    this.sinks.get(clientId)?.(event, payload);
  }

  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const sink of this.sinks.values()) sink(event, payload);
  }
}
