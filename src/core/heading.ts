import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels a widget may use, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingOptions {
  part?: string;
  /** -1 makes the heading a focus target (for moving focus to a result). */
  tabindex?: number;
  className?: string;
}

/** The level below `level`, capped at 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** A real `<hN>` for a level chosen at run time (Lit tags cannot be dynamic without unsafe statics). */
export function renderHeading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  // `nothing` leaves an attribute out altogether.
  const { part, tabindex, className } = options;
  switch (level) {
    case 2:
      return html`<h2 part=${part ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing}>${content}</h6>`;
  }
}
