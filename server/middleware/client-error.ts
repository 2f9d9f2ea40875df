// Answers requests Node's HTTP parser refuses before Express sees them (an oversized URL or header, broken HTTP) with the API's JSON error.

import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** What each parser failure means to the client, by Node's error code; anything else is a 400. */
const REFUSALS: Record<string, { status: number; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: 'The request line or headers are larger than the server accepts (16 KB): shorten the URL (fewer or shorter parameters) or the headers.',
  },
};

/**
 * Makes every refusal a JSON error, including those Node's HTTP parser answers on its own with an
 * empty body (a URL over 16 KB gets a bare 431). The socket is closed after the answer.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = REFUSALS[error.code ?? ''] ?? { status: 400, reason: 'Bad Request', message: 'The request is not valid HTTP; send a well-formed request.' };
    const body = JSON.stringify({ error: { id: 'invalid_argument', message: refusal.message } });
    socket.end(
      `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
