// Checks scripts/nats-server.mjs against the real nats-server: a single JetStream server on free loopback ports whose
// store goes with it, and a 3-node cluster with one meta leader whose nodes stop and come back on the same ports.
import { expect } from "chai";
import { existsSync } from "node:fs";
import { connect as connectTcp } from "node:net";
import { startNatsCluster, startNatsServer } from "../../scripts/nats-server.mjs";

/** Resolves to the INFO a NATS server greets a new TCP client with. */
function serverInfo(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host: hostname, port: Number(port) });
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      text += chunk;
      const line = /^INFO (\{.*\})\s*\r\n/.exec(text);
      if (!line) return;
      socket.destroy();
      resolve(JSON.parse(line[1]));
    });
    socket.once("error", reject);
  });
}

/** Whether a TCP connection to `url` is refused. */
function refused(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connectTcp({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** A monitoring report (`/jsz`, `/varz`) of a started server or cluster node. */
async function report(server, path) {
  return (await fetch(`${server.monitorUrl}${path}`)).json();
}

describe("scripts/nats-server.mjs", function () {
  // A hang guard only: every wait is on a server's answer.
  this.timeout(90_000);

  describe("startNatsServer", () => {
    it("resolves once a JetStream server greets clients on loopback, with a WebSocket listener", async () => {
      const server = await startNatsServer();
      try {
        expect(server.url).to.match(/^nats:\/\/127\.0\.0\.1:\d+$/);
        expect(server.websocketUrl).to.match(/^ws:\/\/127\.0\.0\.1:\d+$/);
        expect(server.pid).to.be.a("number");
        const info = await serverInfo(server.url);
        expect(info.jetstream).to.equal(true);
        expect(info.host).to.equal("127.0.0.1");
        expect(await refused(server.websocketUrl.replace("ws:", "nats:"))).to.equal(false);
      } finally {
        await server.stop();
      }
      expect(await refused(server.url)).to.equal(true);
    });

    it("removes its temporary store dir on stop and leaves a given one", async () => {
      const server = await startNatsServer({ websocket: false });
      expect(server.websocketUrl).to.equal(undefined);
      const { store_dir: storeDir } = (await report(server, "/varz")).jetstream.config;
      expect(existsSync(storeDir)).to.equal(true);
      await server.stop();
      expect(existsSync(storeDir)).to.equal(false);
    });
  });

  describe("startNatsCluster", () => {
    let cluster;
    before(async () => {
      cluster = await startNatsCluster();
    });
    after(async () => {
      await cluster?.stop();
    });

    it("starts three nodes as one JetStream cluster with a meta leader", async () => {
      expect(cluster.urls).to.have.length(3);
      expect(cluster.websocketUrls).to.have.length(3);
      expect(new Set(cluster.urls).size).to.equal(3);
      const reports = await Promise.all(cluster.nodes.map((node) => report(node, "/jsz")));
      const leaders = reports.map((report) => report.meta_cluster.leader);
      expect(new Set(leaders).size).to.equal(1);
      expect(cluster.nodes.map((node) => node.name)).to.include(leaders[0]);
      for (const report of reports) expect(report.meta_cluster.cluster_size).to.equal(3);
    });

    it("stops a node and starts it again with the same name and port", async () => {
      const node = cluster.nodes[1];
      await node.stop();
      expect(await refused(node.url)).to.equal(true);
      await node.start();
      const info = await serverInfo(node.url);
      expect(info.server_name).to.equal(node.name);
      expect(info.cluster).to.equal("rivulet");
      expect((await report(node, "/jsz")).meta_cluster.leader).to.be.a("string").that.is.not.empty;
    });
  });
});
