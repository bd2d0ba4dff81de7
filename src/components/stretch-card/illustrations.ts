import { html, nothing, svg, type TemplateResult } from 'lit';
import type { StretchId } from '../../data/types.js';

/**
 * Original line drawings of the seven stretches: a start and an end pose side
 * by side, each pose a handful of joint coordinates drawn by one function.
 * Frames are up to 64 units high, the floor at y = 58, cropped around the
 * figures; the second frame is drawn to the right, with an arrow between them.
 *
 * A pose lists x, y pairs in this order:
 *   0 head centre, 1 shoulder, 2 spine bend (a curve's control point; the
 *   midpoint for a straight back), 3 hip, 4 knee, 5 ankle, 6 toe, 7 elbow,
 *   8 hand, then optionally the far leg (9 knee, 10 ankle, 11 toe) and the
 *   far arm (12 elbow, 13 hand), drawn fainter, behind the near limbs.
 */
type Pose = readonly number[];

/** Start pose, end pose, a motion mark on each (path data), and whether it is seen from above (far limbs not faint). */
type Drawing = readonly [Pose, Pose, string?, string?, true?];

// On the back, knees bent, feet flat: the start of four stretches.
const onBack: Pose = [9, 52, 19, 55, 33, 55, 46, 55, 60, 40, 72, 55, 79, 55, 31, 55, 43, 55];
// On hands and knees, facing left.
const allFours = (bend: number, headX: number, headY: number): Pose => [
  headX, headY, 30, 32, 44, bend, 58, 32, 58, 55, 77, 55, 83, 55, 30, 43, 30, 55,
];
// On the front, hips and straight legs on the floor; head, shoulder, spine bend, elbow and hand given.
const onFront = (...upper: number[]): Pose => [...upper.slice(0, 6), 58, 55, 75, 55, 91, 55, 95, 55, ...upper.slice(6)];

const drawings: Record<StretchId, Drawing> = {
  'knee-to-chest': [
    onBack,
    [9, 52, 19, 55, 33, 55, 46, 55, 33, 35, 49, 43, 54, 46, 25, 46, 33, 39, 60, 40, 72, 55, 79, 55],
  ],
  // Seen from above: knees up, then both rolled to one side, shoulders and arms flat.
  'knee-rolls': [
    [10, 32, 20, 32, 33, 32, 46, 32, 60, 29, 70, 25, 76, 25, 26, 20, 32, 9, 60, 35, 70, 39, 76, 39, 26, 44, 32, 55],
    [10, 32, 20, 32, 33, 32, 46, 32, 58, 52, 70, 40, 76, 40, 26, 20, 32, 9, 62, 50, 72, 36, 78, 36, 26, 44, 32, 55],
    '',
    'M60 20c8 4 10 12 6 22m-5-3 5 3 2-5',
    true,
  ],
  'pelvic-tilt': [
    [9, 52, 19, 55, 38, 45, 46, 55, 60, 40, 72, 55, 79, 55, 19, 55, 19, 55],
    onBack,
    '',
    'M33 38v10m-4-4 4 4 4-4',
  ],
  'bottom-to-heels': [allFours(32, 22, 29), [42, 52, 51, 41, 64, 36, 76, 46, 58, 55, 77, 55, 83, 55, 38, 47, 24, 54]],
  'cat-stretch': [allFours(14, 22, 37), allFours(40, 23, 27), 'M44 17V7m-4 4 4-4 4 4', 'M44 40v9m-4-4 4 4 4-4'],
  bridge: [onBack, [8, 52, 18, 55, 31, 49, 44, 43, 62, 35, 70, 55, 77, 55, 26, 56, 34, 56], '', 'M44 55v-7m-4 4 4-4 4 4'],
  'back-extension': [
    onFront(24, 33, 30, 41, 46, 54, 30, 55, 18, 55),
    onFront(30, 26, 36, 33, 50, 50, 35, 44, 34, 55),
  ],
};

const joints = (pose: Pose, ...indexes: number[]) =>
  indexes.map((i) => `${pose[2 * i]} ${pose[2 * i + 1]}`).join('L');

/** One person in one pose, with its motion mark. */
function figure(pose: Pose, x: number, mark = '', flat?: boolean) {
  return svg`<g transform="translate(${x})">
    <g class="figure">
      ${pose.length > 18
        ? svg`<path opacity=${flat ? 1 : 0.5} d="M${joints(pose, 3, 9, 10, 11)}${pose.length > 24 ? `M${joints(pose, 1, 12, 13)}` : ''}"/>`
        : nothing}
      <path d="M${joints(pose, 1)}Q${joints(pose, 2)} ${joints(pose, 3)}M${joints(pose, 3, 4, 5, 6)}M${joints(pose, 1, 7, 8)}"/>
      <circle cx=${pose[0]!} cy=${pose[1]!} r="6"/>
    </g>
    <path class="mark" d="${mark}"></path>
  </g>`;
}

/** The drawing of a stretch, scaled to its container, named by `label` for assistive technology. */
export function illustration(id: StretchId, label: string): TemplateResult {
  const [start, end, startMark, endMark, above] = drawings[id];
  const points = [...start, ...end];
  // Crop to the figures: a frame is as wide as its widest pose, and starts a head's height above it.
  const width = above ? 96 : Math.max(...points.filter((_, i) => i % 2 === 0)) + 5;
  const top = above ? 0 : Math.min(...points.filter((_, i) => i % 2)) - 9;
  const middle = (top + 58) / 2;
  return html`<svg class="illustration" part="illustration" role="img" aria-label=${label}
    viewBox="0 ${top} ${2 * width + 20} ${64 - top}">
    ${above
      ? svg`<rect class="mat" width="96" height="62" rx="4"/><rect class="mat" x="116" width="96" height="62" rx="4"/>`
      : svg`<path class="floor" d="M0 58.5h${width}m20 0h${width}"/>`}
    ${figure(start, 0, startMark, above)}${figure(end, width + 20, endMark, above)}
    <path class="mark" d="M${width + 5} ${middle}h10m-4-4 4 4-4 4"/>
  </svg>`;
}
