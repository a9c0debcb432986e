/**
 * Scrolls `pane` (a box that scrolls on its own) so `node` sits in its middle, and the page only if
 * the node is still out of sight: an article opened on an event keeps the page at its top, title
 * in view; a record picked from the list below the text (a phone) brings the text back up.
 * @example centreIn(textPane, textPane.querySelector('.focus')!)
 */
export function centreIn(pane: HTMLElement, node: Element): void {
  const [box, at] = [pane.getBoundingClientRect(), node.getBoundingClientRect()];
  pane.scrollTop += at.top - box.top - (pane.clientHeight - at.height) / 2;
  const now = node.getBoundingClientRect();
  if (now.top < 0 || now.bottom > window.innerHeight) window.scrollBy(0, now.top - (window.innerHeight - now.height) / 2);
}
