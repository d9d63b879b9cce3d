// A participant page: its pointer moves over the pad go to NATS JetStream on `pointer.<page id>` with toNats, and
// the page shows its own trail, its rate, and how many samples it sent and JetStream acknowledged.
import type { NatsConnection } from "@nats-io/nats-core";
import { AsyncQueue, fromQueue, type PlotPointerSample } from "rivulet";
import { toNats, type NatsPublisher } from "rivulet/nats";
import { connectShowingStatus } from "./connect.js";
import { manyPagesNames, pageIdPattern, type PointerSample } from "./summary.js";

const pad = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#pad");
const rate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#rate");
const [pageIdText, sentText, acknowledgedText, status] = ["page-id", "sent", "acknowledged", "status"].map((id) =>
  document.getElementById(id),
);
if (!pad || !rate || !pageIdText || !sentText || !acknowledgedText || !status) {
  throw new Error(
    "many-pages: the page needs <riv-plot id=pad>, <riv-rate id=rate> and elements #page-id, #sent, #acknowledged, #status",
  );
}

/** The page's id: `?page=<id>` when it is one subject token, otherwise a random one. */
function pageId(): string {
  const asked = new URLSearchParams(location.search).get("page");
  if (asked !== null && pageIdPattern.test(asked)) return asked;
  return `page-${crypto.randomUUID().slice(0, 6)}`;
}

const id = pageId();
pageIdText.textContent = id;
document.title = `rivulet · many pages · ${id}`;

// Two queues, one per consumer: the samples for NATS, and the samples this page draws and counts itself.
const outbox = new AsyncQueue<PointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
const local = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
pad.onPlotEvent("pointermove", (sample) => outbox.put({ x: sample.x, y: sample.y }));
pad.onPlotEvent("pointermove", local.put);

let publisher: NatsPublisher | undefined;
const moves = fromQueue(local, { name: "pointer" });
moves.sink(pad.layer("trail", { size: 7, alpha: 0.6, lineWidth: 0, color: "#2563eb" }).streamSink());
moves
  .timedWindow(1000)
  .map((batch) => batch.length)
  .sink((perSecond) => {
    rate.value = perSecond;
    sentText.textContent = String(publisher?.counts.taken ?? 0);
    acknowledgedText.textContent = String(publisher?.counts.acknowledged ?? 0);
  });

/** Publishes the outbox once connected; the status line says whether NATS is reachable. */
const publish = async (): Promise<NatsConnection | undefined> => {
  const subject = `${manyPagesNames.pointerPrefix}${id}`;
  const connection = await connectShowingStatus(status, `Connected: your moves go to ${subject}.`);
  // A publisher id of its own per page load, so JetStream's duplicate window never drops a reloaded page's moves.
  if (connection) publisher = toNats(outbox, subject, { connection, publisherId: `${id}-${Date.now().toString(36)}` });
  return connection;
};

const connected = publish();
addEventListener("pagehide", () => {
  void connected.then(async (connection) => {
    await publisher?.stop();
    await connection?.close();
  });
});
