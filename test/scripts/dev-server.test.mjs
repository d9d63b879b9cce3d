// Checks what `npm start`'s dev server exposes: it listens only on the host it was given and answers only for the
// examples, the library they load and the modules those import; the examples still load in headless Chromium.
import { expect } from "chai";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { serveExamples } from "../../scripts/dev-server.mjs";

/** GET `path` sent byte for byte (fetch would normalize `/../` away), resolving to `{ status, body }`. */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

/** Resolves to "connected" or to the error code of a TCP connection attempt to `host`:`port`. */
function tryConnect(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error) => resolve(error.code));
  });
}

/** The import specifiers of a served JavaScript module, as written in it. */
const importsOf = (code) => [...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);

/** In the page: whether a canvas is anywhere inside `root`, shadow roots included. */
const hasCanvas = (root) =>
  [...root.querySelectorAll("*")].some(
    (element) => element.tagName === "CANVAS" || (element.shadowRoot !== null && hasCanvas(element.shadowRoot)),
  );

describe("scripts/dev-server.mjs: the examples server", function () {
  // A hang guard only: every wait below is on an event or a response.
  this.timeout(60_000);
  let server;

  before(async () => {
    if (!existsSync("dist/rivulet.bundle.js")) throw new Error("dev-server test: no dist/; run `npm run build` first");
    server = await serveExamples({ hostname: "127.0.0.1", port: 0 });
  });

  after(async () => {
    await server?.stop();
  });

  it("listens on the host it was given and refuses connections to any other address", async () => {
    expect(server.port).to.be.a("number").greaterThan(0);
    expect(server.url).to.equal(`http://127.0.0.1:${server.port}`);
    expect(await tryConnect("127.0.0.1", server.port)).to.equal("connected");
    // 127.0.0.2 is loopback too: a server bound to every interface would accept it.
    expect(await tryConnect("127.0.0.2", server.port)).to.equal("ECONNREFUSED");
  });

  const forbidden = [
    "/.git",
    "/.git/config",
    "/.gitignore",
    "/package.json",
    "/package-lock.json",
    "/tsconfig.json",
    "/README.md",
    "/scripts/start.mjs",
    "/test/bundle.test.ts",
    "/bench/main.ts",
    "/node_modules/",
    "/node_modules/lit/package.json",
    "/node_modules/.package-lock.json",
    "/../",
    "/../../etc/passwd",
    "/%2e%2e/",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/examples/../package.json",
    "/examples/%2e%2e/package.json",
    "/examples/..%2fpackage.json",
    "/examples/.hidden",
    "/__wds-outside-root__/3/etc/passwd",
  ];
  for (const path of forbidden) {
    it(`answers 404 for ${path}`, async () => {
      const { status, body } = await get(server.port, path);
      expect(status, body.slice(0, 200)).to.equal(404);
      expect(body).to.not.match(/root:|\[core\]|"name": "rivulet"|gitdir:/);
    });
  }

  it("answers 400 for a path that is not valid percent-encoding", async () => {
    expect((await get(server.port, "/examples/%E0%A4%A")).status).to.equal(400);
  });

  it("serves the examples index, the main example, its module and the bundle", async () => {
    for (const path of ["/", "/examples/"]) {
      const { status, body } = await get(server.port, path);
      expect(status, path).to.equal(200);
      expect(body, path).to.contain('href="/examples/mouse-movements/"');
    }
    const page = await get(server.port, "/examples/mouse-movements/");
    expect(page.status).to.equal(200);
    expect(page.body).to.contain("<riv-plot");
    expect((await get(server.port, "/examples/example.css")).status).to.equal(200);
    expect((await get(server.port, "/dist/rivulet.bundle.js")).status).to.equal(200);
    const main = await get(server.port, "/examples/mouse-movements/main.ts");
    expect(main.status).to.equal(200);
    expect(importsOf(main.body)).to.deep.equal(["./../../dist/index.js"]);
  });

  it("serves a node_modules file once a served module imports it, and no other", async () => {
    const plot = await get(server.port, "/dist/components/riv-plot.js");
    expect(plot.status).to.equal(200);
    const lit = importsOf(plot.body).find((specifier) => specifier.includes("/node_modules/lit/"));
    expect(lit, "riv-plot.js's resolved import of lit").to.be.a("string");
    const litPath = new URL(lit, `${server.url}/dist/components/riv-plot.js`).pathname;
    expect((await get(server.port, litPath)).status, litPath).to.equal(200);
    expect((await get(server.port, "/node_modules/lit/decorators.js")).status).to.equal(404);
  });

  it("serves rivulet/nats with the NATS clients' ES module builds in place of their CommonJS files", async () => {
    const nats = await get(server.port, "/dist/stream/nats/to-nats.js");
    expect(nats.status).to.equal(200);
    const clients = importsOf(nats.body).filter(
      (specifier) => specifier.includes("nats-core") || specifier.includes("jetstream"),
    );
    expect(clients).to.deep.equal(["/dist/vendor/nats/jetstream.js", "/dist/vendor/nats/nats-core.js"]);
    const core = await get(server.port, "/dist/vendor/nats/nats-core.js");
    expect(core.status).to.equal(200);
    expect(core.body).to.match(/\bwsconnect\b/);
    expect(core.body).not.to.match(/\brequire\(|\beval\(|new Function/);
    for (const chunk of importsOf(core.body)) {
      expect(
        (await get(server.port, new URL(chunk, `${server.url}/dist/vendor/nats/`).pathname)).status,
        chunk,
      ).to.equal(200);
    }
  });

  for (const example of ["mouse-movements", "image-events"]) {
    it(`loads examples/${example} in Chromium with every request answered and no error`, async () => {
      const browser = await chromium.launch(chromiumLaunchOptions());
      try {
        const page = await browser.newPage();
        const problems = [];
        page.on(
          "response",
          (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
        );
        page.on("pageerror", (error) => problems.push(String(error)));
        // The browser asks for /favicon.ico on its own; the examples have none.
        const ownRequest = (message) => message.location().url.endsWith("/favicon.ico");
        page.on(
          "console",
          (message) => message.type() === "error" && !ownRequest(message) && problems.push(message.text()),
        );
        await page.goto(`${server.url}/examples/${example}/`);
        await page.waitForFunction(() => customElements.get("riv-rate") !== undefined);
        if (example === "mouse-movements") {
          const plotRoot = 'document.querySelector("riv-plot")?.shadowRoot';
          await page.waitForFunction(
            `(() => { const hasCanvas = ${hasCanvas}; return hasCanvas(${plotRoot} ?? document.createDocumentFragment()); })()`,
          );
        }
        expect(problems).to.deep.equal([]);
      } finally {
        await browser.close();
      }
    });
  }
});
