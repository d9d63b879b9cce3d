// Tests that every Panel/Jinja construct rivulet does not support is a define-time TemplateError naming the rivulet
// form, with line and column, instead of rendering as literal text.
import { expect } from "chai";
import { TemplateError, compileTemplate, type TemplateScope } from "../../components/template.js";

const scope: TemplateScope = {
  owner: "View",
  properties: ["name", "objects", "shown"],
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

describe("compileTemplate with Panel/Jinja syntax", () => {
  it("refuses {{ x }} and names ${x}", () => {
    expect(errorOf('<p id="p">Hello {{ name }}</p>')).to.equal(
      'View.template: at (line 1, column 17) uses Jinja\'s "{{ name }}", which rivulet does not evaluate; ' +
        "bind the property instead: ${name}",
    );
  });

  it("refuses {% for %} with its line and column and names each=", () => {
    expect(errorOf('<div id="list">\n  {% for obj in objects %}<p id="item">${obj}</p>{% endfor %}\n</div>')).to.equal(
      'View.template: at (line 2, column 3) uses Jinja\'s "{% for obj in objects %}", which rivulet does not ' +
        'evaluate; repeat an element instead: <p id="item" each="${obj of objects}">${obj}</p>',
    );
  });

  it("refuses {% if %} and says how to show or hide a node", () => {
    expect(errorOf('<p id="p">{% if shown %}hi{% endif %}</p>')).to.match(
      /at \(line 1, column 11\) uses Jinja's "\{% if shown %\}".*bind hidden="\$\{hidden\}" to a boolean property, or override render\(\)/,
    );
  });

  it("refuses Jinja comments and filters, in text and in attributes", () => {
    expect(errorOf('<p id="p">{# note #}</p>')).to.match(/column 11\) uses Jinja's "\{# note #\}".*<!-- note -->/);
    expect(errorOf('<p id="p" title="{{ name|upper }}"></p>')).to.match(
      /column 18\) uses Jinja's "\{\{ name\|upper \}\}".*filters do not exist: compute the value in a property or getter/,
    );
    expect(errorOf('<p id="p">${name | upper}</p>')).to.match(
      /"\$\{name \| upper\}" applies a filter; filters do not exist: compute the value in a property or getter/,
    );
  });

  it("refuses Panel's loop.index and script() and names the rivulet forms", () => {
    expect(errorOf('<p id="p" each="${o of objects}">${loop.index0}</p>')).to.match(
      /Jinja's loop; name the index in each="\$\{obj, i of objects\}" and bind \$\{i\}/,
    );
    expect(errorOf('<button id="b" onclick="${script(\'click\')}">go</button>')).to.match(
      /"\$\{script\('click'\)\}" calls a Panel script; name a method instead: onclick="\$\{method\}"/,
    );
  });

  it("leaves {{ }} inside comments and raw text alone", () => {
    expect(() => compileTemplate('<!-- {{ name }} --><style>a{{}}</style><p id="p">${name}</p>', scope)).not.to.throw();
  });
});
