// Tests of the string template compiler: the Lit parts it produces and the errors it explains.
import { expect } from "chai";
import { TemplateError, compileTemplate, type TemplateScope } from "../../components/template.js";

const scope: TemplateScope = {
  owner: "View",
  properties: ["src", "label", "text", "on", "n"],
  isMethod: (name) => name === "clicked",
};

function errorOf(source: string): string {
  try {
    compileTemplate(source, scope);
  } catch (error) {
    expect(error).to.be.instanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error(`compiling ${source} did not throw`);
}

describe("compileTemplate", () => {
  it("splits a template into static strings around one hole per binding", () => {
    const compiled = compileTemplate('<img id="img" src="${src}"><p id="p">Hi ${ label }!</p>', scope);
    expect([...compiled.strings]).to.deep.equal(['<img id="img" src="', '"><p id="p">Hi ', "!</p>"]);
    expect(compiled.strings.raw).to.deep.equal([...compiled.strings]);
    expect(compiled.holes).to.deep.equal([
      { kind: "attribute", pieces: ["", "src", ""], url: "url" },
      { kind: "text", property: "label" },
    ]);
    expect(compiled.ids).to.deep.equal(["img", "p"]);
  });

  it("turns event attributes into listeners and form values into two-way bindings", () => {
    const compiled = compileTemplate(
      '<input id="t" value="${text}" onchange="${clicked}"><input id="c" type="checkbox" checked="${on}">',
      scope,
    );
    expect([...compiled.strings]).to.deep.equal([
      '<input id="t" .value=',
      '><input id="c" type="checkbox" .checked=',
      ">",
    ]);
    expect(compiled.listeners).to.deep.equal([{ node: "t", type: "change", method: "clicked" }]);
    expect(compiled.twoWay).to.deep.equal([
      { node: "t", key: "value", property: "text" },
      { node: "c", key: "checked", property: "on" },
    ]);
  });

  it("keeps comments, static attributes, SVG self-closing elements and Panel's </img> as written", () => {
    const compiled = compileTemplate(
      '<!-- ${not a binding} --><svg id="s"><circle id="c" r="${n}" /></svg><img id="i" src="a.png"></img>',
      scope,
    );
    expect([...compiled.strings]).to.deep.equal([
      '<!-- ${not a binding} --><svg id="s"><circle id="c" r="',
      '"/></svg><img id="i" src="a.png">',
    ]);
  });

  it("explains every template it rejects", () => {
    expect(errorOf('<img id="img" src="${nope}">')).to.equal(
      'View.template: <img id="img"> binds "${nope}", which is not in static properties (known: src, label, text, on, n); declare it',
    );
    expect(errorOf('<img src="${src}">')).to.equal(
      'View.template: <img> (line 1, column 1) binds src but has no id; add id="..." to the node',
    );
    expect(errorOf("${label}")).to.equal(
      "View.template: at (line 1, column 1) the text binding ${label} must be inside an element with an id",
    );
    expect(errorOf('<p id="${src}"></p>')).to.equal(
      'View.template: at (line 1, column 1) binds the id of <p>; ids are fixed names, write id="img"',
    );
    expect(errorOf('<p id="a"></p><i id="a"></i>')).to.equal(
      'View.template: <i id="a"> repeats an id; each id names one node',
    );
    expect(errorOf('<p id="p" ${src}="x"></p>')).to.equal(
      'View.template: <p id="p"> binds an attribute name; bind a value instead: name="${prop}"',
    );
    expect(errorOf('<iframe id="f" srcdoc="${label}"></iframe>')).to.equal(
      'View.template: <iframe id="f"> binds srcdoc, which cannot be bound; make it static',
    );
    expect(errorOf('<b id="b" onclick="x${clicked}"></b>')).to.equal(
      'View.template: <b id="b"> binds onclick to text and bindings; an event attribute names one method: onclick="${method}"',
    );
    expect(errorOf('<input id="i" value="v=${text}">')).to.equal(
      'View.template: <input id="i"> binds value to "v=${text}"; a two-way value binds one property: value="${prop}"',
    );
    expect(errorOf('<textarea id="t">${text}</textarea>')).to.equal(
      'View.template: <textarea id="t"> contains a binding, which <textarea> cannot hold; bind its value instead: value="${prop}"',
    );
    expect(errorOf('<div id="d"/>')).to.equal(
      'View.template: <div id="d"> does not close itself in HTML; write <div></div>',
    );
    expect(errorOf("</p>")).to.equal("View.template: at (line 1, column 1) closes </p>, which is not open");
    expect(errorOf("<!DOCTYPE html>")).to.equal(
      "View.template: at (line 1, column 1) starts a <! declaration, which templates do not support; use <!-- comments --> only",
    );
    expect(errorOf("<!-- open")).to.equal(
      "View.template: at (line 1, column 1) opens a comment that is never closed; end it with -->",
    );
    expect(errorOf('<img id="i" src=>')).to.equal(
      'View.template: at (line 1, column 13) gives src= no value; write src="..."',
    );
    expect(errorOf("</ p>")).to.equal(
      "View.template: at (line 1, column 1) has a malformed closing tag; write e.g. </div>",
    );
  });
});
