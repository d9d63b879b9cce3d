// A @web/test-runner plugin: a test calls `executeServerCommand("nats-server")` and gets the URLs of one real
// nats-server (JetStream, WebSocket listener on loopback), started on the first call and stopped with the runner.
import { startNatsServer } from "./nats-server.mjs";

/** Plugin factory for the web-test-runner config. */
export function natsPlugin() {
  let server;
  return {
    name: "rivulet-nats",
    async executeCommand({ command }) {
      if (command !== "nats-server") return undefined;
      server ??= startNatsServer();
      const { url, websocketUrl } = await server;
      return { url, websocketUrl };
    },
    async serverStop() {
      const running = server;
      server = undefined;
      await (await running?.catch(() => undefined))?.stop();
    },
  };
}
