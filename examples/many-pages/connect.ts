// Both pages' NATS connection: to their own origin's /nats, with the outcome shown in the page's status line, so a
// person sees at once when NATS is unreachable or went away, and what to start.
import { wsconnect, type NatsConnection } from "@nats-io/nats-core";
import { natsWebsocketUrl } from "./summary.js";

/** How long the first connection may take before the page says NATS is unreachable. */
const connectTimeoutMs = 5000;

function show(status: HTMLElement, state: "connected" | "error", text: string): void {
  status.textContent = text;
  status.className = `status ${state}`;
}

/**
 * Connects to NATS at `/nats` on the page's origin and shows `connectedText` in `status`; when it cannot, or the
 * connection closes later, shows what went wrong and how to start the example, and resolves to `undefined`.
 *
 * @example
 * const connection = await connectShowingStatus(document.getElementById("status")!, "Connected.");
 */
export async function connectShowingStatus(
  status: HTMLElement,
  connectedText: string,
): Promise<NatsConnection | undefined> {
  const url = natsWebsocketUrl(location);
  const help = "Start the example with npm run many-pages and reload.";
  let connection: NatsConnection;
  try {
    connection = await wsconnect({ servers: url, timeout: connectTimeoutMs });
  } catch (error) {
    show(status, "error", `NATS is unreachable at ${url} (${String(error)}). ${help}`);
    return undefined;
  }
  show(status, "connected", connectedText);
  void connection.closed().then((error) => {
    show(status, "error", `The connection to NATS at ${url} closed${error ? ` (${String(error)})` : ""}. ${help}`);
  });
  return connection;
}
