// An analyzer plugin for custom-elements.json: rivulet's elements register with `defineOnce("riv-pad", RivPad)`
// (a second copy of the module, as anywidget loads one per widget, then defines nothing), which the analyzer does
// not know as `customElements.define`; this records those calls as the element definitions they are.

/** The `[tag, className]` of a `defineOnce("tag", ClassName)` call, or undefined for any other node. */
function defineOnceCall(ts, node) {
  if (!ts.isCallExpression(node) || node.expression.getText() !== "defineOnce") return undefined;
  const [tag, element] = node.arguments;
  if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return undefined;
  return [tag.text, element.text];
}

/**
 * The plugin for custom-elements-manifest.config.mjs.
 *
 * @example
 * export default { litelement: true, plugins: [defineOnceElements()] };
 */
export function defineOnceElements() {
  return {
    name: "rivulet-define-once",
    analyzePhase({ ts, node, moduleDoc }) {
      const call = defineOnceCall(ts, node);
      if (call === undefined) return;
      const [tagName, className] = call;
      const declaration = moduleDoc.declarations?.find((entry) => entry.name === className);
      if (declaration === undefined) return;
      declaration.customElement = true;
      declaration.tagName = tagName;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: "custom-element-definition", name: tagName, declaration: { name: className, module: moduleDoc.path } },
      ];
    },
  };
}
