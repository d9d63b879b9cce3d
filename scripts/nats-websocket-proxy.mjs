// Passes WebSocket upgrades on one path of the examples server through to nats-server's WebSocket listener, so a
// page reaches NATS on its own origin: allowed by a strict `default-src 'self'`, with no URL to hand to the page.
import { connect } from "node:net";

/**
 * Proxies every WebSocket upgrade to `path` on `httpServer` byte for byte to `target` (`ws://127.0.0.1:<port>`);
 * other upgrades are refused. Returns `stop()`, which stops listening and closes every proxied connection (an
 * upgraded socket is no longer the HTTP server's to close).
 *
 * @example
 * const proxy = proxyNatsWebsocket(httpServer, "ws://127.0.0.1:4223"); // pages: wsconnect({ servers: "ws://host/nats" })
 * proxy.stop();
 */
export function proxyNatsWebsocket(httpServer, target, path = "/nats") {
  const { hostname, port } = new URL(target);
  const sockets = new Set();
  const onUpgrade = (request, socket, head) => {
    if (new URL(request.url ?? "/", "http://server").pathname !== path) {
      socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
      return;
    }
    const upstream = connect({ host: hostname, port: Number(port) });
    const close = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    sockets.add(socket).add(upstream);
    for (const end of [socket, upstream]) end.once("close", close).once("error", close);
    upstream.once("connect", () => {
      const headerLines = [];
      for (let i = 0; i < request.rawHeaders.length; i += 2) {
        headerLines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      }
      upstream.write(`GET / HTTP/1.1\r\n${headerLines.join("\r\n")}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
  };
  httpServer.on("upgrade", onUpgrade);
  return {
    stop() {
      httpServer.off("upgrade", onUpgrade);
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}
