// An anywidget front-end module as a Jupyter user writes it (the counter of anywidget's documentation, plus a
// message handler and an initialize hook), loaded unchanged by test/components/anywidget.test.ts.
function initialize({ model }) {
  model.on("msg:custom", (message) => {
    if (message.reset) model.set("value", 0);
  });
  return () => model.send({ closed: true });
}

function render({ model, el }) {
  const button = document.createElement("button");
  button.id = "button";
  button.innerHTML = `count is ${model.get("value")}`;
  button.addEventListener("click", () => {
    model.set("value", model.get("value") + 1);
    model.save_changes();
    model.send({ clicked: model.get("value") });
  });
  model.on("change:value", () => {
    button.innerHTML = `count is ${model.get("value")}`;
  });
  el.classList.add("counter-widget");
  el.appendChild(button);
}

export default { initialize, render };
