// Every handler runs inside a guard: an exception is logged with the request
// and the document it was about, and answered with an error response, so one
// bad input never takes the server down. A request the client cancelled
// before it ran (a hover left behind while a scan slice ran, say) is answered
// RequestCancelled without being worked out.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function guard<P, R>(connection: Connection, name: string, handler: (params: P) => R): (params: P, token?: CancellationToken) => R | ResponseError<void> {
  return (params: P, token?: CancellationToken) => {
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return handler(params);
    } catch (e) {
      // A refusal the handler chose (rename of nothing, say) goes back as it is.
      if (e instanceof ResponseError) return e as ResponseError<void>;
      const uri = (params as { textDocument?: { uri?: string } } | undefined)?.textDocument?.uri;
      connection.console.error(`${name} failed${uri ? ` on ${uri}` : ''}: ${(e as Error)?.stack ?? String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `Corpus Review: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  };
}

/** For notifications: nothing to answer, so log and carry on. */
export function guardNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    const fail = (e: unknown) => connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    try {
      const r = handler(params);
      if (r && typeof (r as Promise<void>).catch === 'function') (r as Promise<void>).catch(fail);
    } catch (e) {
      fail(e);
    }
  };
}
