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
      'View.template: at (line 1, column 18) <textarea id="t"> holds the binding ${text}, but its content is raw text; bind its value instead: value="${prop}"',
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

  it("rejects bindings in elements whose content is raw text, with the line, the column and the fix", () => {
    const rejected: Record<string, string> = {
      '<xmp id="x">a ${label}</xmp>':
        'at (line 1, column 15) <xmp id="x"> holds the binding ${label}, but its content shows as raw text, Lit\'s marker instead of the value; use <pre> for preformatted text',
      '<p id="p">\n  <iframe id="f">${label}</iframe></p>':
        'at (line 2, column 18) <iframe id="f"> holds the binding ${label}, but its content is never shown (the frame shows its src); put the binding outside the <iframe>',
      "<noembed>${label}</noembed>":
        "at (line 1, column 10) <noembed> holds the binding ${label}, but its content is never shown; put the binding outside the <noembed>",
      '<noframes><b id="b">${label}</b></noframes>':
        "at (line 1, column 21) <noframes> holds the binding ${label}, but its content is never shown; put the binding outside the <noframes>",
      "<title>${label}</title>":
        "at (line 1, column 8) <title> holds the binding ${label}, but its content is raw text that a component never shows; put the binding in another element",
      "<script>let x = ${n}</script>":
        "at (line 1, column 17) <script> holds the binding ${n}, but its content would run as code; pass data through a property instead",
      "<style>p { color: ${label} }</style>":
        'at (line 1, column 19) <style> holds the binding ${label}, but its content would be read as CSS; bind an element\'s style attribute instead: style="color: ${prop}"',
    };
    for (const [template, problem] of Object.entries(rejected)) {
      expect(errorOf(template), template).to.equal(`View.template: ${problem}`);
    }
  });

  it("rejects bindings inside <template> and <noscript>, whose content Lit never binds or the page never shows", () => {
    expect(errorOf('<template id="t"><p id="p">${label}</p></template>')).to.equal(
      'View.template: at (line 1, column 28) <template id="t"> holds the binding ${label}, but its content is inert and Lit never binds it; move the binding outside, or build the content in render()',
    );
    expect(errorOf('<template>\n<img id="i" src="${src}"></template>')).to.equal(
      "View.template: at (line 2, column 13) <template> holds the binding ${src}, but its content is inert and Lit never binds it; move the binding outside, or build the content in render()",
    );
    expect(errorOf('<noscript><b id="b" title="${label}"></b></noscript>')).to.equal(
      "View.template: at (line 1, column 21) <noscript> holds the binding ${label}, but its content is hidden in every page that runs scripts, as a page with this component does; move the binding outside the <noscript>",
    );
  });

  it("rejects bindings in SVG <style> and <script>, whose text is CSS or code there too", () => {
    expect(errorOf('<svg id="s"><style>circle { fill: ${label} }</style></svg>')).to.equal(
      'View.template: at (line 1, column 35) <style> holds the binding ${label}, but its content would be read as CSS; bind an element\'s style attribute instead: style="color: ${prop}"',
    );
    expect(errorOf('<svg id="s"><script id="js">let x = ${n}</script></svg>')).to.equal(
      'View.template: at (line 1, column 37) <script id="js"> holds the binding ${n}, but its content would run as code; pass data through a property instead',
    );
  });

  it("rejects <plaintext>, which turns the rest of the template into text", () => {
    expect(errorOf('<p id="p">${label}</p><plaintext>text')).to.equal(
      "View.template: at (line 1, column 23) <plaintext> turns everything after it into text, closing tags included; use <pre> for preformatted text",
    );
  });

  it("keeps static content of raw-text and inert elements, and binds the attributes of the elements themselves", () => {
    const compiled = compileTemplate(
      '<template id="t" title="${label}"><p id="p">hi</p></template><iframe id="f" src="${src}">x</iframe>',
      scope,
    );
    expect(compiled.holes).to.deep.equal([
      { kind: "attribute", pieces: ["", "label", ""], url: false },
      { kind: "attribute", pieces: ["", "src", ""], url: "url" },
    ]);
  });

  it("treats the values of SVG animation elements as URLs, since an animation can set href", () => {
    const compiled = compileTemplate(
      '<svg id="s"><a id="a"><animate id="an" attributeName="href" to="${src}" from="${src}" by="${src}"/>' +
        '<set id="set" attributeName="href" to="${src}"/><animateMotion id="m" values="${src}"/>' +
        '<animateTransform id="tr" values="${src}"/><circle id="c" to="${src}"/></a></svg>',
      scope,
    );
    expect(compiled.holes.map((hole) => (hole.kind === "attribute" ? hole.url : hole.kind))).to.deep.equal([
      "url",
      "url",
      "url",
      "url",
      "values",
      "values",
      false,
    ]);
  });
});
