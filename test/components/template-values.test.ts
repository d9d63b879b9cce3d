// Tests of template hole values: text stays text, URLs are sanitized, boolean attributes come and go.
import { expect } from "chai";
import { nothing } from "lit";
import { compileTemplate, type TemplateScope } from "../../components/template.js";
import { templateValues } from "../../components/template-values.js";
import { blockedUrl } from "../../components/safe-url.js";

const scope: TemplateScope = { owner: "View", properties: ["src", "label", "on", "n"], isMethod: () => false };

describe("templateValues", () => {
  it("fills holes with text, sanitized URLs and attribute values", () => {
    const compiled = compileTemplate('<a id="a" href="${src}" title="${label} (${n})">${label}</a>', scope);
    const values = { src: "javascript:alert(1)", label: "<b>", n: 2 } as Record<string, unknown>;
    expect(templateValues(compiled, (name) => values[name])).to.deep.equal([blockedUrl, "<b> (2)", "<b>"]);
  });

  it("shows a DOM node given as a value as text, never as the node", () => {
    const compiled = compileTemplate('<p id="p">${label}</p>', scope);
    const node = document.createElement("script");
    expect(templateValues(compiled, () => node)).to.deep.equal(["[object HTMLScriptElement]"]);
  });

  it("removes a whole-attribute binding for false, null and undefined", () => {
    const compiled = compileTemplate('<b id="b" hidden="${on}"></b>', scope);
    expect(templateValues(compiled, () => false)).to.deep.equal([nothing]);
    expect(templateValues(compiled, () => null)).to.deep.equal([nothing]);
    expect(templateValues(compiled, () => true)).to.deep.equal([""]);
  });

  it("blocks script URLs that an SVG animation would set, in to, from, by and each of values", () => {
    const compiled = compileTemplate(
      '<svg id="s"><a id="a"><animate id="an" attributeName="href" to="${src}" values="0;${src}"/></a></svg>',
      scope,
    );
    expect(templateValues(compiled, () => "javascript:alert(1)")).to.deep.equal([blockedUrl, blockedUrl]);
    expect(templateValues(compiled, () => "#target")).to.deep.equal(["#target", "0;#target"]);
  });
});
