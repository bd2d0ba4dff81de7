import { svg, type SVGTemplateResult } from 'lit';
import type { Limb, Pose, View } from '../../data/types.js';

/**
 * The one figure every stretch is drawn with: head and face, neck, a torso
 * with depth whose back can round or arch, upper and lower arms with hands,
 * thighs and shins with feet, built from a `Pose` (directions of the body
 * parts, see src/data/stretches.ts) and seen from the side, a little from
 * above, on a mat. The limbs of the far side are drawn paler.
 *
 * Pure functions: `placeFigure` works out where every part is in space (a body
 * about 170 units tall, lying on the floor at y = 0), `drawFigure` draws it,
 * `blendPoses` gives the poses between two key poses, so that the figure can
 * move from one to the other.
 */

type Anchor = 'hips' | 'knees';

type Point3 = readonly [x: number, y: number, z: number];
type Point = readonly [x: number, y: number];

// Lengths and half-thicknesses of the body, in units (roughly centimetres).
const TORSO = 50;
const NECK = 19;
const HEAD = 10.5;
const ARM = [28, 25, 8] as const;
const ARM_WIDTH = [4.8, 3.9, 3.1, 2.7] as const;
const LEG = [43, 42] as const;
const LEG_WIDTH = [7.6, 5.4, 4] as const;
/** The torso's half-depth from the hips (0) to the shoulders (1). */
const TORSO_WIDTH = [11.6, 10.8, 9.6, 8.8, 8.8, 9.4, 10.2, 10.9, 11, 10.4, 9.4] as const;
const TORSO_BREADTH = [16, 15.5, 14, 13, 13, 14, 15.5, 17, 18, 18, 17] as const;
/** How far each shoulder and each hip is from the middle of the body, across it. */
const SHOULDERS = 16;
const HIPS = 8.5;
/** Half the width of the mat, across the body. */
const MAT = 34;

/** A rounded tube through `points`, `widths` thick (half) at each: a limb, the torso, the head (one point). */
interface Tube {
  points: Point3[];
  widths: number[];
  /** The torso is wider across than deep: its half-breadths, and the direction its depth is measured in. */
  breadths?: number[];
  facing?: Point3;
  kind: 'near' | 'far' | 'eye';
  /** A part of a leg: legs rolled to a side can swap which is nearer the viewer. */
  leg?: true;
  /** Order of drawing within the head and torso; limbs (without it) go in front or behind by how near they are. */
  order?: number;
}

export interface PlacedFigure {
  tubes: Tube[];
  /** Points an arrow (`Pose.arrow`) can start from. */
  marks: Record<NonNullable<Pose['arrow']>[0], Point3>;
}

const rad = (degrees: number) => (degrees * Math.PI) / 180;
const unit = (degrees: number): Point3 => [Math.cos(rad(degrees)), Math.sin(rad(degrees)), 0];
const add = (a: Point3, b: Point3, scale = 1): Point3 => [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Turns `point` about the line through `pivot` along the body's length (x) by `degrees`: positive brings y up towards the viewer. */
function roll(point: Point3, pivot: Point3, degrees: number): Point3 {
  const [y, z] = [point[1] - pivot[1], point[2] - pivot[2]];
  const [c, s] = [Math.cos(rad(degrees)), Math.sin(rad(degrees))];
  return [point[0], pivot[1] + y * c - z * s, pivot[2] + y * s + z * c];
}

/** Where every part of the figure in `pose` is: the anchor at x = 0, the lowest part on the floor. */
export function placeFigure(pose: Pose, anchor: Anchor = 'hips'): PlacedFigure {
  // The chest is a quarter turn from the torso's direction: one way lying on the back, the other on the front.
  const frontTurn = pose.front === 'up' ? -90 : 90;
  const along = unit(pose.torso);
  const behind = unit(pose.torso - frontTurn);
  const hips: Point3 = [0, 0, 0];
  const shoulders = add(hips, along, TORSO);
  const [lower = 0, upper = 0] = pose.back ?? [];
  // The back: a cubic curve from hips to shoulders whose inner points move out behind (round) or in front (arch).
  const controls = [hips, add(add(hips, along, TORSO / 3), behind, lower * TORSO), add(add(hips, along, (2 * TORSO) / 3), behind, upper * TORSO), shoulders];
  const spine = (t: number): Point3 => {
    const u = 1 - t;
    const weights = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return controls.reduce<Point3>((sum, point, i) => add(sum, point, weights[i]), [0, 0, 0]);
  };
  const torsoAt = TORSO_WIDTH.map((_, i) => i / (TORSO_WIDTH.length - 1));

  const head = add(shoulders, unit(pose.head), NECK);
  const face = unit(pose.head + frontTurn);
  const tubes: Tube[] = [
    { points: [shoulders, head], widths: [5, 4.4], kind: 'near', order: 0 },
    { points: [add(head, face, 6), add(add(head, face, HEAD + 2.6), unit(pose.head), -2)], widths: [3.2, 2], kind: 'near', order: 1 },
    { points: [head], widths: [HEAD], kind: 'near', order: 2 },
    { points: [add(add(head, face, 5.4), unit(pose.head), 2.6)], widths: [1.3], kind: 'eye', order: 3 },
    { points: torsoAt.map(spine), widths: [...TORSO_WIDTH], breadths: [...TORSO_BREADTH], facing: behind, kind: 'near', order: 4 },
  ];

  const turnLegs = (p: Point3) => (pose.roll ? roll(p, hips, pose.roll) : p);
  const limb = (kind: Tube['kind'], [upper, lower, end]: Limb, root: Point3, isLeg: boolean) => {
    const lengths = isLeg ? LEG : ARM;
    const widths = isLeg ? LEG_WIDTH : ARM_WIDTH;
    const turn = isLeg ? turnLegs : (p: Point3) => p;
    const joint = add(root, unit(upper), lengths[0]);
    const end1 = add(joint, unit(lower), lengths[1]);
    // A hand continues the forearm; a foot has its heel under the ankle, its toes forward, its sole away from the knee.
    const toes = unit(end ?? lower - frontTurn);
    const extremity = isLeg
      ? { points: [add(add(end1, toes, -3.5), unit(lower), 3.4), add(add(end1, toes, 15), unit(lower), 2)], widths: [4.2, 2.8] }
      : { points: [end1, add(end1, unit(end ?? lower), ARM[2])], widths: [ARM_WIDTH[3], ARM_WIDTH[3] * 0.9] };
    const parts = [
      { points: [root, joint], widths: [widths[0], widths[1]] },
      { points: [joint, end1], widths: [widths[1], widths[2]] },
      extremity,
    ];
    return {
      joint: turn(joint),
      tubes: parts.map(({ points, widths: w }): Tube => ({ points: points.map(turn), widths: w, kind, ...(isLeg && { leg: true as const }) })),
    };
  };
  const nearLeg = limb('near', pose.legs[0], [0, 0, HIPS], true);
  const farLeg = limb('far', pose.legs[1], [0, 0, -HIPS], true);
  const parts = [
    nearLeg,
    farLeg,
    limb('near', pose.arms[0], [shoulders[0], shoulders[1], SHOULDERS], false),
    limb('far', pose.arms[1], [shoulders[0], shoulders[1], -SHOULDERS], false),
  ];
  tubes.push(...parts.flatMap((part) => part.tubes));

  const marks = { hips, waist: spine(0.35), knees: nearLeg.joint, chest: spine(0.8) };
  // The anchor stays at x = 0 in every pose, and the lowest part of the body rests on the floor.
  const anchorX = anchor === 'knees' ? nearLeg.joint[0] : 0;
  const bottom = (tube: Tube) => tube.points.map((p, i) => p[1] - tube.widths[i]!);
  // Legs rolled to a side turn about the hips, but their feet stay on the floor rather than lifting the body.
  const rolled = new Set(pose.roll ? [...nearLeg.tubes, ...farLeg.tubes] : []);
  const lowest = Math.min(...tubes.filter((tube) => !rolled.has(tube)).flatMap(bottom));
  const onFloor = (tube: Tube): Tube =>
    rolled.has(tube) ? { ...tube, points: tube.points.map((p, i) => [p[0], Math.max(p[1], lowest + tube.widths[i]!), p[2]]) } : tube;
  const shift = (p: Point3): Point3 => [p[0] - anchorX, p[1] - lowest, p[2]];
  return {
    tubes: tubes.map(onFloor).map((tube) => ({ ...tube, points: tube.points.map(shift) })),
    marks: Object.fromEntries(Object.entries(marks).map(([key, p]) => [key, shift(p)])) as PlacedFigure['marks'],
  };
}

/** Where `point` shows on the drawing plane (x right, y down), and how near the viewer it is. */
export function project([x, y, z]: Point3, [above, around = 0]: View): [x: number, y: number, nearness: number] {
  const [ca, sa, ce, se] = [Math.cos(rad(around)), Math.sin(rad(around)), Math.cos(rad(above)), Math.sin(rad(above))];
  const towards = x * sa + z * ca;
  return [x * ca - z * sa, towards * se - y * ce, towards * ce + y * se];
}

/** The outline of a tube on the drawing plane: both sides, and a half circle round each end. */
function outline(tube: Tube, view: View): Point[] {
  const points = tube.points.map((p) => project(p, view));
  const circle = ([x, y]: readonly number[], r: number, from: number, to: number, steps: number) =>
    Array.from({ length: steps + 1 }, (_, i): Point => {
      const a = lerp(from, to, i / steps);
      return [x! + r * Math.cos(a), y! + r * Math.sin(a)];
    });
  if (points.length === 1) return circle(points[0]!, tube.widths[0]!, 0, 2 * Math.PI, 18).slice(1);
  const angles = points.map((_, i) => {
    const [a, b] = [points[Math.max(0, i - 1)]!, points[Math.min(points.length - 1, i + 1)]!];
    return Math.atan2(b[1] - a[1], b[0] - a[0]);
  });
  // Half the width the tube shows across its own line: for the torso, an ellipse (deep one way, broad the other) seen at an angle.
  const across = (i: number) => {
    const width = tube.widths[i]!;
    if (!tube.breadths || !tube.facing) return width;
    const normal = [-Math.sin(angles[i]!), Math.cos(angles[i]!)] as const;
    const shown = (direction: Point3) => {
      const [x, y] = project(direction, view);
      const [ox, oy] = project([0, 0, 0], view);
      return (x - ox) * normal[0] + (y - oy) * normal[1];
    };
    return Math.hypot(width * shown(tube.facing), tube.breadths[i]! * shown([0, 0, 1]));
  };
  const widths = points.map((_, i) => across(i));
  const offset = (i: number, sign: number): Point => {
    const a = angles[i]! + (sign * Math.PI) / 2;
    return [points[i]![0] + widths[i]! * Math.cos(a), points[i]![1] + widths[i]! * Math.sin(a)];
  };
  const last = points.length - 1;
  return [
    ...points.map((_, i) => offset(i, -1)),
    ...circle(points[last]!, widths[last]!, angles[last]! - Math.PI / 2, angles[last]! + Math.PI / 2, 6),
    ...points.map((_, i) => offset(i, 1)).reverse(),
    ...circle(points[0]!, widths[0]!, angles[0]! + Math.PI / 2, angles[0]! + (3 * Math.PI) / 2, 6),
  ];
}

const pathOf = (points: readonly Point[], close = 'Z') =>
  `M${points.map(([x, y]) => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`).join('L')}${close}`;

/** What stays the same while a figure moves through a stretch's poses: the view, the anchor, the mat and the drawing's box. */
export interface Stage {
  view: View;
  anchor: Anchor;
  mat: string;
  /** x, y, width, height of the viewBox. */
  box: readonly [number, number, number, number];
}

/** The stage for a figure in any of `poses`. */
export function stage(poses: readonly Pose[], anchor: Anchor, view: View): Stage {
  const figures = poses.map((pose) => placeFigure(pose, anchor));
  const placed = figures.flatMap((figure) => figure.tubes);
  const xs = placed.flatMap((tube) => tube.points.map(([x]) => x));
  const [front, back] = [Math.min(...xs) - 14, Math.max(...xs) + 14];
  // Wide enough for knees rolled to either side to lie on it.
  const across = Math.max(MAT, ...placed.flatMap((tube) => tube.points.map(([, , z]) => Math.abs(z) + 12)));
  const corners = ([[front, -across], [back, -across], [back, across], [front, across]] as const).map(([x, z]): Point => {
    const [px, py] = project([x, 0, z], view);
    return [px, py];
  });
  // A floor seen from the side shows as a line: give the mat a thickness.
  const mat = view[0] < 4 ? [...corners.slice(0, 2), [back, 3], [front, 3]] as Point[] : corners;
  const arrows = poses.flatMap((pose, i) => arrow(pose, figures[i]!, view, anchor).flat());
  const points = [...placed.flatMap((tube) => outline(tube, view)), ...mat, ...arrows];
  const [left, top] = [Math.min(...points.map(([x]) => x)) - 2, Math.min(...points.map(([, y]) => y)) - 4];
  return {
    view,
    anchor,
    mat: pathOf(mat),
    box: [left, top, Math.max(...points.map(([x]) => x)) + 2 - left, Math.max(...points.map(([, y]) => y)) + 2 - top],
  };
}

/**
 * The pose's movement arrow on the drawing plane, as lines: its shaft, then
 * its head (or heads). A straight arrow sits beside the body where it moves up
 * or sideways, and points at the body from outside where it presses down or
 * where the pose asks (under hips that lift). A `sway` arrow curves over
 * knees in the middle from one side to the other, with a head at each end.
 */
function arrow(pose: Pose, placed: PlacedFigure, view: View, anchor: Anchor): Point[][] {
  if (!pose.arrow) return [];
  const flat = ([x, y]: readonly number[]): Point => [x!, y!];
  let shaft: Point[];
  if (pose.arrow === 'sway') {
    const { hips, knees } = placeFigure({ ...pose, roll: 0 }, anchor).marks;
    const outside = add(hips, add(knees, hips, -1), 1.45);
    shaft = [-45, -22, 0, 22, 45].map((degrees) => flat(project(roll(outside, hips, degrees), view)));
  } else {
    const [at, direction, towards] = pose.arrow;
    const pointsAtBody = towards === 'body' || Math.sin(rad(direction)) < -0.5;
    const from = add(placed.marks[at], unit(direction), pointsAtBody ? -34 : 16);
    shaft = [from, add(from, unit(direction), 16)].map((p) => flat(project(p, view)));
  }
  const head = (tip: Point, before: Point): Point[] => {
    const angle = Math.atan2(before[1] - tip[1], before[0] - tip[0]);
    const barb = (turn: number): Point => [tip[0] + 6 * Math.cos(angle + turn), tip[1] + 6 * Math.sin(angle + turn)];
    return [barb(0.6), tip, barb(-0.6)];
  };
  return [shaft, head(shaft[shaft.length - 1]!, shaft[shaft.length - 2]!), ...(pose.arrow === 'sway' ? [head(shaft[0]!, shaft[1]!)] : [])];
}

/** The figure in `pose` on its mat, as SVG content for the stage's viewBox; a pose shown `still` has its movement arrow. */
export function drawFigure(pose: Pose, { view, anchor, mat }: Stage, still = true): SVGTemplateResult {
  const placed = placeFigure(pose, anchor);
  // Limbs nearer the viewer than the middle of the torso go in front of it, the others behind.
  const middle = project(placed.marks.waist, view)[2];
  const nearness = (tube: Tube) =>
    tube.order === undefined ? tube.points.reduce((sum, p) => sum + project(p, view)[2], 0) / tube.points.length - middle : 0;
  const tubes = [...placed.tubes].sort((a, b) => nearness(a) - nearness(b) || (a.order ?? 0) - (b.order ?? 0));
  // The paler leg is the one farther from the viewer: when rolled over, the far-side leg can be on top.
  const legDepth = (kind: Tube['kind']) => placed.tubes.filter((tube) => tube.leg && tube.kind === kind).reduce((sum, tube) => sum + nearness(tube), 0);
  const swapLegs = legDepth('far') > legDepth('near');
  const shade = (tube: Tube) => (swapLegs && tube.leg ? (tube.kind === 'near' ? 'far' : 'near') : tube.kind);
  const mark = (still ? arrow(pose, placed, view, anchor) : []).map((line) => pathOf(line, '')).join('');
  // Seen from well above, each part's shadow straight below it on the mat shows where it is across the body.
  const shadow = placed.tubes
    .filter((tube) => view[0] >= 20 && tube.kind !== 'eye')
    .map((tube) => pathOf(outline({ ...tube, points: tube.points.map(([x, , z]) => [x, 0, z]), breadths: undefined }, view)))
    .join('');
  return svg`<path class="mat" d=${mat}></path>${shadow ? svg`<path class="shadow" d=${shadow}></path>` : ''}${tubes.map(
    (tube) => svg`<path class=${shade(tube)} d=${pathOf(outline(tube, view))}></path>`,
  )}${mark ? svg`<path class="mark" d=${mark}></path>` : ''}`;
}

/** From angle `a` towards angle `b` the shorter way round, `t` of the way. */
function turn(a: number, b: number, t: number): number {
  return a + (((((b - a) % 360) + 540) % 360) - 180) * t;
}

/** The pose `t` of the way (0 to 1) from `a` to `b`. */
export function blendPoses(a: Pose, b: Pose, t: number): Pose {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const limb = (x: Limb, y: Limb): Limb => {
    const end = x[2] === undefined || y[2] === undefined ? [] : [turn(x[2], y[2], t)];
    return [turn(x[0], y[0], t), turn(x[1], y[1], t), ...end] as unknown as Limb;
  };
  const [al = 0, au = 0] = a.back ?? [];
  const [bl = 0, bu = 0] = b.back ?? [];
  return {
    torso: turn(a.torso, b.torso, t),
    head: turn(a.head, b.head, t),
    front: a.front,
    back: [lerp(al, bl, t), lerp(au, bu, t)],
    arms: [limb(a.arms[0], b.arms[0]), limb(a.arms[1], b.arms[1])],
    legs: [limb(a.legs[0], b.legs[0]), limb(a.legs[1], b.legs[1])],
    roll: lerp(a.roll ?? 0, b.roll ?? 0, t),
  };
}
