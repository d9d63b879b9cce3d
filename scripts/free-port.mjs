// Asks the OS for a free TCP port, for the test runner, which must know its port before it listens. A port from the
// OS's ephemeral range does not collide with another run started at the same moment, as counting up from 8000 does.
import { createServer } from "node:net";

/**
 * Resolves to a TCP port that was free on `host` a moment ago.
 *
 * @example
 * export default { port: await freePort() }; // web-test-runner.config.mjs
 */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ host, port: 0 }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
