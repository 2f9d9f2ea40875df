// Builds DOM nodes from data: text always goes in through text nodes, never through HTML parsing.

type Child = Node | string | number | null | undefined | false;

interface ElementOptions {
  /** Space-separated class names. */
  className?: string;
  /** Attributes set with setAttribute (ARIA, data-testid, role, href...). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Inline style properties, set through the CSSOM (`--custom` properties too). */
  style?: Record<string, string>;
  /** Event listeners, keyed by event name. */
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/**
 * Creates an element with classes, attributes, listeners and children. String children become
 * text nodes, so article and entity text can never be interpreted as markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [property, value] of Object.entries(options.style ?? {})) element.style.setProperty(property, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

/** Appends children to a parent; strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Returns the URL when it is an http(s) link, so article URLs can never become `javascript:` links. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
