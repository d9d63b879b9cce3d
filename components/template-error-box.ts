// What a page shows in development where an element's template failed to compile: a visible box in the element
// with the TemplateError's message (as text), so the mistake is seen in the page, not only in the console.
import { LitElement, css, html } from "lit";

/** The element class shown under a tag whose class failed to define; the message is bound as text. */
class TemplateErrorBox extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    div {
      border: 2px solid #c62828;
      border-radius: 4px;
      background: #fdecea;
      color: #7f1d1d;
      font:
        13px/1.4 ui-monospace,
        SFMono-Regular,
        Menlo,
        monospace;
      padding: 8px 12px;
      white-space: pre-wrap;
    }
    strong {
      display: block;
      margin-bottom: 4px;
      font-family: system-ui, sans-serif;
    }
  `;
  message = "";

  protected override render(): unknown {
    return html`<div role="alert"><strong>&lt;${this.localName}&gt; could not be defined</strong>${this.message}</div>`;
  }
}

/**
 * Defines `tag` as a box showing `error`'s message, so every `<tag>` in the page shows what went wrong.
 *
 * @example
 * try { customElements.define(tag, Class); } catch (error) { defineErrorBox(tag, error as Error); throw error; }
 */
export function defineErrorBox(tag: string, error: Error): void {
  const message = error.message;
  customElements.define(
    tag,
    class extends TemplateErrorBox {
      override message = message;
    },
  );
}
