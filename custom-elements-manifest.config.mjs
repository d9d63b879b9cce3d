// Configures `cem analyze` (@custom-elements-manifest/analyzer), which writes custom-elements.json: the elements in
// components/riv-*.ts (defined with customElements.define or defineOnce) with what they inherit from ReactiveHTML,
// read as Lit elements,
// with paths to the built files in dist/.
import { defineOnceElements } from "./scripts/cem-define-once.mjs";
import { distPaths } from "./scripts/cem-dist-paths.mjs";
import { litStateProperties } from "./scripts/cem-lit-state.mjs";

export default {
  globs: ["components/riv-*.ts", "components/reactive-html.ts"],
  outdir: ".",
  litelement: true,
  plugins: [defineOnceElements(), litStateProperties(), distPaths()],
};
