// The model a render-function component hands to its `initialize` and `render` hooks: anywidget's `AnyModel`
// (get/set/on/off/send/save_changes) and Panel's JSComponent model (`model.count += 1`) over the element's properties.

/**
 * A change or message listener; anywidget passes `(model, value)` for `change:x`, `(content, buffers)` for messages.
 *
 * @example
 * const onChange: ModelCallback = () => console.log("count changed");
 * model.on("change:count", onChange);
 */
export type ModelCallback = (...args: never[]) => void;

/**
 * A message from a render function to the page (`model.send`), or from the page to it (`element.send`).
 *
 * @example
 * for await (const message of widget.messages) console.log((message as WidgetMessage).content);
 */
export interface WidgetMessage {
  /** Whatever the sender passed; plain data if it is to cross a `MessagePort`. */
  readonly content: unknown;
  /** Binary payloads sent along, as anywidget's `buffers`. */
  readonly buffers: readonly (ArrayBuffer | ArrayBufferView)[];
}

/**
 * `model.on` or `model.off` was given an event name the model does not know.
 *
 * @example
 * try { model.on("nope" as never, () => {}); } catch (error) { console.assert(error instanceof ModelEventError); }
 */
export class ModelEventError extends Error {
  override name = "ModelEventError";
}

/**
 * What the model reads and writes: the element behind it.
 *
 * @example
 * const host: ModelHost = widgetElement; // a RenderComponent is one
 */
export interface ModelHost {
  /** Names the component declared in `properties`, the only names `get`, `set` and `change:` accept. */
  readonly propertyNames: readonly string[];
  /** For error messages, e.g. `<counter-widget>`. */
  readonly label: string;
  /** The property's value, a signal's value when the property holds one. */
  read(name: string): unknown;
  /** Writes the property, or the signal it holds. */
  write(name: string, value: unknown): void;
  /** Where `model.send` goes. */
  post(message: WidgetMessage): void;
}

/**
 * The methods every model view has: anywidget's `AnyModel` over properties `Props`.
 *
 * @example
 * const render = ({ model }: { model: ModelApi<{ count: number }> }) => model.set("count", model.get("count") + 1);
 */
export interface ModelApi<Props extends object> {
  /** The current value of property `key`. */
  get<K extends keyof Props & string>(key: K): Props[K];
  /** Sets property `key`; the element re-renders and `change:key` listeners run. */
  set<K extends keyof Props & string>(key: K, value: Props[K]): void;
  /** Listens to `"change:x"`, `"change"`, `"msg:custom"` or, Panel style, a property name or a list of names. */
  on(event: ModelEventName<Props> | readonly ModelEventName<Props>[], callback: ModelCallback): void;
  /** Removes this hook's listeners: all of them, all for `event`, or just `callback`. */
  off(event?: ModelEventName<Props> | readonly ModelEventName<Props>[] | null, callback?: ModelCallback | null): void;
  /** Jupyter syncs `set` values to Python here; the element already holds them, so this does nothing. */
  save_changes(): void;
  /** Sends `content` to the page: into the element's `messages` queue and as a `riv-message` event. */
  send(content: unknown, callbacks?: unknown, buffers?: readonly (ArrayBuffer | ArrayBufferView)[]): void;
  /** anywidget's widget manager; `get_model` rejects outside Jupyter. */
  readonly widget_manager: {
    /** Rejects: other widgets' models exist only in Jupyter. */
    get_model(id: string): Promise<never>;
  };
}

/**
 * Event names a model accepts for properties `Props`.
 *
 * @example
 * const name: ModelEventName<{ count: number }> = "change:count";
 * model.on(name, () => console.log(model.get("count")));
 */
export type ModelEventName<Props extends object> =
  `change:${keyof Props & string}` | (keyof Props & string) | "change" | "msg:custom";

/**
 * A model view: the methods, and Panel-style accessors for every property (`model.count += 1`).
 *
 * @example
 * const render = ({ model }: { model: ModelView<{ count: number }> }) => { model.count += 1; };
 */
export type ModelView<Props extends object> = ModelApi<Props> & Omit<Props, keyof ModelApi<Props>>;

interface Registration {
  readonly event: string;
  readonly callback: ModelCallback;
  readonly context: object;
}

const methodNames = new Set(["get", "set", "on", "off", "save_changes", "send", "widget_manager"]);

/**
 * One element's model. Each hook gets its own `view(context)`; `release(context)` removes every listener that hook
 * added, as anywidget does when a view goes away. Change events fire synchronously on `set` (as Backbone does) and,
 * for changes made elsewhere (a property assigned, a signal set, a two-way control), when the element updates.
 *
 * @example
 * const model = new WidgetModel<{ count: number }>(host);
 * const view = model.view(renderContext);
 * view.on("change:count", (_, count) => console.log(count));
 * model.release(renderContext); // that listener is gone
 */
export class WidgetModel<Props extends object> {
  private registrations: Registration[] = [];
  private readonly seen = new Map<string, unknown>();

  constructor(private readonly host: ModelHost) {}

  /** Records the current values as seen, so that `notifyChanges` reports only later changes. */
  remember(): void {
    for (const name of this.host.propertyNames) this.seen.set(name, this.host.read(name));
  }

  /** A view for one hook: listeners it adds belong to `context`. */
  view(context: object): ModelView<Props> {
    const api: ModelApi<Props> = {
      get: (key) => this.read(key) as Props[typeof key],
      set: (key, value) => this.set(key, value),
      on: (event, callback) => this.on(context, event, callback),
      off: (event, callback) => this.off(context, event ?? null, callback ?? null),
      save_changes: () => undefined,
      send: (content, _callbacks, buffers = []) => this.host.post({ content, buffers }),
      widget_manager: {
        get_model: (id) =>
          Promise.reject(
            new Error(`${this.host.label}: model.widget_manager.get_model("${id}") has no other models to find`),
          ),
      },
    };
    for (const name of this.host.propertyNames) {
      if (methodNames.has(name)) continue; // model.get("set") still reaches it
      Object.defineProperty(api, name, {
        get: () => this.read(name),
        set: (value: unknown) => this.set(name, value),
        enumerable: true,
      });
    }
    return api as ModelView<Props>;
  }

  /** Removes every listener added through views of `context`. */
  release(context: object): void {
    this.registrations = this.registrations.filter((registration) => registration.context !== context);
  }

  /** Whether any listener is registered (for tests of the lifecycle). */
  get listenerCount(): number {
    return this.registrations.length;
  }

  /** Fires `change:x` for each property whose value differs from the one last seen, then one `change`. */
  notifyChanges(): void {
    let changed = false;
    for (const name of this.host.propertyNames) {
      const value = this.host.read(name);
      if (Object.is(value, this.seen.get(name))) continue;
      this.seen.set(name, value);
      changed = true;
      this.emit(`change:${name}`, this, value);
    }
    if (changed) this.emit("change", this);
  }

  /** Delivers a message from the page to the `msg:custom` listeners, with buffers as `DataView`s as anywidget does. */
  receive(message: WidgetMessage): void {
    const views = message.buffers.map((buffer) =>
      ArrayBuffer.isView(buffer)
        ? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength)
        : new DataView(buffer),
    );
    this.emit("msg:custom", message.content, views);
  }

  private read(key: string): unknown {
    this.check(key, `model.get("${key}")`);
    return this.host.read(key);
  }

  private set(key: string, value: unknown): void {
    this.check(key, `this.set("${key}", ...)`);
    this.host.write(key, value);
    this.notifyChanges();
  }

  private check(key: string, call: string): void {
    if (this.host.propertyNames.includes(key)) return;
    const known = this.host.propertyNames.join(", ") || "none";
    throw new ModelEventError(`${this.host.label}: ${call} names no declared property (known: ${known}); declare it`);
  }

  private eventNames(event: string | readonly string[], call: string): string[] {
    const names = typeof event === "string" ? [event] : [...event];
    return names.map((name) => {
      if (name === "change" || name === "msg:custom") return name;
      const property = name.startsWith("change:") ? name.slice("change:".length) : name;
      if (this.host.propertyNames.includes(property)) return `change:${property}`;
      const known = this.host.propertyNames.join(", ") || "none";
      throw new ModelEventError(
        `${this.host.label}: model.${call}("${name}") is no model event; use "change:<property>" (properties: ` +
          `${known}), "change" or "msg:custom"`,
      );
    });
  }

  private on(context: object, event: string | readonly string[], callback: ModelCallback): void {
    for (const name of this.eventNames(event, "on")) this.registrations.push({ event: name, callback, context });
  }

  private off(context: object, event: string | readonly string[] | null, callback: ModelCallback | null): void {
    const names = event === null ? null : this.eventNames(event, "off");
    this.registrations = this.registrations.filter(
      (registration) =>
        registration.context !== context ||
        (names !== null && !names.includes(registration.event)) ||
        (callback !== null && registration.callback !== callback),
    );
  }

  private emit(event: string, ...args: unknown[]): void {
    // A copy: a listener may add or remove listeners while this runs.
    for (const registration of [...this.registrations]) {
      if (registration.event === event) (registration.callback as (...values: unknown[]) => void)(...args);
    }
  }
}
