// A tiny scripted RouterOS API server on 127.0.0.1 for client unit tests.
// The conformance suite uses the full simulator in test/router-sim instead.
import net from 'node:net';
import tls from 'node:tls';
import { encodeSentence, SentenceDecoder } from '../../../src-main/routers/protocol';

export interface FakeConn {
  socket: net.Socket;
  /** Sends one sentence (encoded with the client's own encoder). */
  send(words: string[]): void;
  /** Sends raw bytes. */
  raw(bytes: Uint8Array): void;
  received: string[][];
}

export type Handler = (words: string[], conn: FakeConn) => void;

export interface FakeRouter {
  port: number;
  conns: FakeConn[];
  received: string[][];
  close(): Promise<void>;
}

export function tagOf(words: string[]): string | undefined {
  return words.find((w) => w.startsWith('.tag='))?.slice(5);
}

export function attr(words: string[], key: string): string | undefined {
  const prefix = `=${key}=`;
  return words.find((w) => w.startsWith(prefix))?.slice(prefix.length);
}

/** Default handler: logs in anyone, answers everything else with `!done`. */
export const okHandler: Handler = (words, conn) => {
  conn.send(['!done', `.tag=${tagOf(words) ?? ''}`]);
};

export async function startFakeRouter(
  handler: Handler = okHandler,
  port = 0,
  tlsOptions?: tls.TlsOptions,
): Promise<FakeRouter> {
  const conns: FakeConn[] = [];
  const received: string[][] = [];
  const onSocket = (socket: net.Socket): void => {
    socket.setNoDelay(true);
    const decoder = new SentenceDecoder();
    const conn: FakeConn = {
      socket,
      received: [],
      send: (words) => {
        if (!socket.destroyed) socket.write(encodeSentence(words));
      },
      raw: (bytes) => {
        if (!socket.destroyed) socket.write(bytes);
      },
    };
    conns.push(conn);
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      let sentences: string[][];
      try {
        sentences = decoder.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const s of sentences) {
        received.push(s);
        conn.received.push(s);
        handler(s, conn);
      }
    });
  };
  const server = tlsOptions ? tls.createServer(tlsOptions, onSocket) : net.createServer(onSocket);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    conns,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.socket.destroy();
        server.close(() => resolve());
      }),
  };
}
