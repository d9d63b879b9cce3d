// TypeDoc plugin for rivulet's reference: hides the members inherited from or overriding Lit and the DOM (their docs
// are theirs), and adds the house-style checks TypeDoc lacks: every export has an `@example`, every class/interface field a comment.
import { Application, Converter, ReflectionKind } from "typedoc";

const exportKinds =
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.Function |
  ReflectionKind.Variable |
  ReflectionKind.TypeAlias |
  ReflectionKind.Enum;

const isFromNodeModules = (reflection) =>
  (reflection.sources ?? []).length > 0 &&
  reflection.sources.every((source) => source.fullFileName.includes("/node_modules/"));

/** Where a reflection is declared, for the warning text: `components/riv-pad.ts:12`. */
const whereDeclared = (reflection) => {
  const source = reflection.sources?.[0];
  return source ? `${source.fileName}:${source.line}` : reflection.getFriendlyFullName();
};

/** The comment of a reflection, or of its first signature (functions and methods keep theirs there). */
const commentOf = (reflection) =>
  reflection.comment ?? reflection.signatures?.[0]?.comment ?? reflection.type?.declaration?.signatures?.[0]?.comment;

/** Whether a member comes from, or overrides, a class outside the project (LitElement, Error, HTMLElement). */
const isLibraryMember = (member) => {
  const base = member.inheritedFrom ?? member.overwrites;
  return base !== undefined && base.reflection === undefined;
};

// Runs once references are resolved; repeats because a member overriding a removed one (RivRate.styles over
// ReactiveHTML.styles over LitElement.styles) is a library member too.
function removeLibraryMembers(context) {
  const project = context.project;
  for (let removed = true; removed;) {
    removed = false;
    for (const owner of project.getReflectionsByKind(ReflectionKind.Class | ReflectionKind.Interface)) {
      for (const member of [...(owner.children ?? [])]) {
        if (!isLibraryMember(member)) continue;
        project.removeReflection(member);
        removed = true;
      }
    }
  }
}

/**
 * Lets one comment cover a method's overloads and an accessor's getter and setter, as in the source: a signature
 * without a comment of its own shows its documented sibling's.
 */
function shareSignatureComments(context) {
  for (const owner of context.project.getReflectionsByKind(ReflectionKind.Method | ReflectionKind.Accessor)) {
    const signatures = [...(owner.signatures ?? []), owner.getSignature, owner.setSignature].filter(Boolean);
    const documented = signatures.find((signature) => signature.comment);
    for (const signature of signatures) signature.comment ??= documented?.comment.clone();
  }
}

function validateExamples(project, logger) {
  for (const reflection of project.getReflectionsByKind(exportKinds)) {
    if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
    if (commentOf(reflection)?.getTag("@example")) continue;
    logger.validationWarning(
      `${reflection.getFriendlyFullName()} (${whereDeclared(reflection)}) is exported without an @example in its ` +
        "JSDoc; add a short one, e.g. `@example` followed by a line of code that uses it",
    );
  }
}

function validateFields(project, logger) {
  for (const field of project.getReflectionsByKind(ReflectionKind.Property)) {
    if (!field.parent?.kindOf(ReflectionKind.Class | ReflectionKind.Interface)) continue;
    if (isFromNodeModules(field) || field.flags.isPrivate || commentOf(field)) continue;
    logger.validationWarning(
      `${field.getFriendlyFullName()} (${whereDeclared(field)}) is a public field without a JSDoc comment; ` +
        "say in one line what it holds",
    );
  }
}

/**
 * TypeDoc's plugin entry (`"plugin": ["./scripts/typedoc-plugin.mjs"]` in typedoc.json).
 *
 * @example
 * npx typedoc --plugin ./scripts/typedoc-plugin.mjs
 */
export function load(app) {
  // Headings for the web-component tags the manifest reads (TypeDoc would title-case them as "Csspart").
  app.internationalization.addTranslations("en", {
    tag_fires: "Fires",
    tag_csspart: "CSS part",
    tag_cssprop: "CSS custom property",
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, removeLibraryMembers);
  app.converter.on(Converter.EVENT_RESOLVE_END, shareSignatureComments);
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    validateExamples(project, app.logger);
    validateFields(project, app.logger);
  });
}
