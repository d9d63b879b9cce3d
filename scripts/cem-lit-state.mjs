// An analyzer plugin for custom-elements.json: Lit's internal reactive state (`static properties` entries with
// `state: true`) is neither an attribute nor public API, so it is left out of the manifest.

/** The names declared with `state: true` in a class's `static properties = { … }`. */
function stateNames(ts, classNode) {
  const names = [];
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    const initializer = member.initializer;
    if (!isStatic || member.name?.getText() !== "properties" || !initializer) continue;
    if (!ts.isObjectLiteralExpression(initializer)) continue;
    for (const property of initializer.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some(
        (option) =>
          ts.isPropertyAssignment(option) &&
          option.name.getText() === "state" &&
          option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.push(property.name.getText());
    }
  }
  return names;
}

/**
 * The plugin for custom-elements-manifest.config.mjs.
 *
 * @example
 * export default { litelement: true, plugins: [litStateProperties()] };
 */
export function litStateProperties() {
  const stateByClass = new Map();
  return {
    name: "rivulet-lit-state-properties",
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) stateByClass.set(node.name.getText(), stateNames(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const state = stateByClass.get(declaration.name) ?? [];
          const isPublic = (entry) => !state.includes(entry.fieldName ?? entry.name);
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
        }
      }
    },
  };
}
