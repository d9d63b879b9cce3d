// Proves the test pages keep Lit in dev mode with its warnings on, and that only the "Lit is in dev mode" notice,
// which every test file would otherwise print, is silenced.
import { expect } from "chai";
import { LitElement, html } from "lit";

/** Lit's record of the warnings it has printed (and of codes marked as printed); see https://lit.dev/msg/dev-mode. */
const issuedWarnings = () => (Reflect.get(globalThis, "litIssuedWarnings") as Set<string> | undefined) ?? new Set();

class ChangesInUpdate extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;

  constructor() {
    super();
    this.count = 0;
  }

  override render() {
    return html`${this.count}`;
  }

  override updated() {
    // Setting a property after an update is what Lit's change-in-update warning is for.
    if (this.count === 0) this.count = 1;
  }
}
customElements.define("changes-in-update", ChangesInUpdate);

describe("Lit in the test pages", () => {
  it("did not print the dev-mode notice", () => {
    const printed = [...issuedWarnings()].filter((warning) => warning.startsWith("Lit is in dev mode"));
    expect(printed).to.deep.equal([]);
    expect(issuedWarnings().has("dev-mode")).to.equal(true);
  });

  it("still prints Lit's other dev-mode warnings", async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...parts: unknown[]) => void warned.push(parts.map(String).join(" "));
    const element = document.createElement("changes-in-update") as ChangesInUpdate;
    try {
      document.body.append(element);
      await element.updateComplete;
      await element.updateComplete;
    } finally {
      console.warn = original;
      element.remove();
    }
    expect(element.count).to.equal(1);
    expect(warned.join("\n")).to.contain("https://lit.dev/msg/change-in-update");
  });
});
