// Tests of URL sanitizing: harmless URLs pass unchanged, script-running ones become a placeholder.
import { expect } from "chai";
import { blockedUrl, safeAnimationValues, safeSrcset, safeUrl } from "../../components/safe-url.js";

describe("safeUrl", () => {
  it("keeps relative, http(s), mailto, tel, blob and data image URLs", () => {
    for (const url of [
      "dice.svg",
      "/a/b?c=d#e",
      "https://example.org",
      "mailto:a@b.c",
      "tel:+1",
      "blob:x",
      "data:image/png;base64,AA==",
    ]) {
      expect(safeUrl(url)).to.equal(url);
    }
  });

  it("blocks script-running schemes however they are disguised", () => {
    for (const url of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\nscript:x",
      "\u0001javascript:x",
      "vbscript:x",
      "data:text/html,<script>x</script>",
    ]) {
      expect(safeUrl(url)).to.equal(blockedUrl);
    }
  });

  it("blocks a srcset when any of its candidates is unsafe", () => {
    expect(safeSrcset("a.png 1x, https://x.org/b.png 2x")).to.equal("a.png 1x, https://x.org/b.png 2x");
    expect(safeSrcset("a.png 1x, javascript:alert(1) 2x")).to.equal(blockedUrl);
  });

  it("blocks an SVG animation's values when any of them is unsafe", () => {
    expect(safeAnimationValues("0; 10; #target")).to.equal("0; 10; #target");
    expect(safeAnimationValues("#a;java\tscript:alert(1)")).to.equal(blockedUrl);
  });
});
