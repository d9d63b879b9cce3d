// Makes this page look like a browser without constructable stylesheets (Safari before 16.4), where Lit and BokehJS
// fall back to <style> elements, which a strict Content-Security-Policy blocks.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
