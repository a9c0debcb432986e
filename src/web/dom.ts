/** What an element may hold: nodes, and strings that always become text nodes (never markup). */
export type Child = Node | string | number | null | undefined | false;

// Attributes that could run or load something: never set from here, whatever the value.
const FORBIDDEN = /^(on|style$|srcdoc$|src$|formaction$|action$|xlink:href$)/i;

function checkedAttribute(name: string, value: string): string {
  if (FORBIDDEN.test(name)) throw new Error(`el: attribute ${name} is not allowed`);
  // Links stay inside the page: article words never become a URL.
  if (name.toLowerCase() === 'href' && !value.startsWith('#')) throw new Error(`el: href ${JSON.stringify(value)} is not an in-page link`);
  return value;
}

function fill(node: Element, attrs: Record<string, string | undefined>, children: Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, checkedAttribute(name, value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/**
 * An HTML element with attributes and children; strings are inserted as text nodes, so article
 * words can never become markup.
 * @example el('td', { class: 'place' }, 'Gao') // <td class="place">Gao</td>
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  fill(node, attrs, children);
  return node;
}

/**
 * An SVG element, as `el` does HTML.
 * @example svg('circle', { cx: '4', cy: '4', r: '3' })
 */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  fill(node, attrs, children);
  return node;
}

/** Removes every child of a node. */
export function clear(node: Element): void {
  node.replaceChildren();
}
