/*
 * What a patient with large text notices first: a word broken across two
 * lines ("Strengthe / n"), and a part of the card pushed past its edge.
 * One place for both checks, shared by every test that looks at reflow.
 */

/** A word split at a hyphen or dash may break there, as in print ("self- / care"). */
const pieces = (word: string): string[] => word.split(/(?<=[-\u2010-\u2014])/);

/** Every text node drawn in `root` and in the shadow roots below it. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Text hidden for sight but read by screen readers: squeezed into 1 px on purpose. */
const visuallyHidden = (text: Text) => !!text.parentElement?.closest('.visually-hidden');

/**
 * The words in `root` that the browser broke across lines, as "Strengthe|n"
 * (a bar where the line breaks). `allowed(text)` exempts text that may break
 * anywhere on purpose (a long web address).
 */
export function splitWords(root: Node, allowed: (text: string) => boolean = () => false): string[] {
  const split: string[] = [];
  for (const node of textNodes(root)) {
    if (visuallyHidden(node)) continue;
    const data = node.data;
    for (const match of data.matchAll(/\S+/g)) {
      if (allowed(match[0])) continue;
      let start = match.index!;
      for (const piece of pieces(match[0])) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + piece.length);
        start += piece.length;
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length < 2) continue;
        // One line: every rect of the piece sits on the first one's line.
        const first = rects[0]!;
        if (rects.every((rect) => Math.abs(rect.top - first.top) < first.height / 2)) continue;
        // Where each line starts again, a bar: the characters on each line, read from the range.
        const lines: string[] = [];
        let line = '';
        let top = first.top;
        for (let i = 0; i < piece.length; i++) {
          const char = document.createRange();
          char.setStart(node, start - piece.length + i);
          char.setEnd(node, start - piece.length + i + 1);
          const box = char.getClientRects()[0];
          if (box && Math.abs(box.top - top) >= first.height / 2) {
            lines.push(line);
            line = '';
            top = box.top;
          }
          line += piece[i];
        }
        lines.push(line);
        split.push(lines.join('|'));
      }
    }
  }
  return split;
}

/** Every element in `root` and the shadow roots below it. */
function elementsIn(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) found.push(node);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

const describe = (el: Element) =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

/**
 * What sticks out of `host` to the side: elements whose box ends past the
 * host's edge (by more than half a pixel of rounding), and boxes whose
 * content is wider than they are.
 */
export function overflowing(host: HTMLElement): string[] {
  const edge = host.getBoundingClientRect();
  const found: string[] = [];
  for (const el of elementsIn(host)) {
    if (el === host || el.closest('.visually-hidden')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > edge.right + 0.5 || box.left < edge.left - 0.5) {
      found.push(`${describe(el)} from ${Math.round(box.left - edge.left)} to ${Math.round(box.right - edge.left)} px of ${Math.round(edge.width)}`);
    }
    // Content wider than its box (text past a button's edge, say), or a box that scrolls sideways.
    if (getComputedStyle(el).display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      found.push(`${describe(el)} holds ${el.scrollWidth} px in ${el.clientWidth}`);
    }
  }
  return found;
}

/** Links in `root` whose target is under `min` px wide or high, as "text: 12×15". */
export function smallLinks(root: Node, min = 24): string[] {
  return elementsIn(root)
    .filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && !el.closest('.visually-hidden'))
    .flatMap((link) => {
      const { width, height } = link.getBoundingClientRect();
      if (width === 0 && height === 0) return [];
      return width + 0.5 < min || height + 0.5 < min
        ? [`${(link.textContent ?? '').replace(/\s+/g, ' ').trim()}: ${Math.round(width)}×${Math.round(height)}`]
        : [];
    });
}
