import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { blendPoses, drawFigure, placeFigure, project, stage } from '../../src/components/stretch-card/figure.js';
import { stretches, type Pose, type StretchFacts, type StretchId } from '../../src/data/index.js';
import '../../src/components/stretch-card/define.js';

const facts = (id: StretchId): StretchFacts => stretches.find((s) => s.id === id)!;
const posesOf = (stretch: StretchFacts): Pose[] => [stretch.start, ...stretch.held];
const place = (stretch: StretchFacts, pose: Pose) => placeFigure(pose, stretch.anchor ?? 'hips');
/** Height above the floor of a named point of the figure in `pose`. */
const height = (stretch: StretchFacts, pose: Pose, at: 'hips' | 'waist' | 'knees' | 'chest') => place(stretch, pose).marks[at][1];
const lowest = (stretch: StretchFacts, pose: Pose) =>
  Math.min(...place(stretch, pose).tubes.flatMap((tube) => tube.points.map((p, i) => p[1] - tube.widths[i]!)));

describe('stretch drawings', () => {
  describe('every pose of every stretch', () => {
    for (const stretch of stretches) {
      it(`${stretch.id}: one whole figure resting on the floor in each pose, all drawn in the same box`, async () => {
        const poses = posesOf(stretch);
        const box = stage(poses, stretch.anchor ?? 'hips', stretch.view ?? [12]);
        for (const [i, pose] of poses.entries()) {
          const label = `${stretch.id} pose ${i}`;
          const placed = place(stretch, pose);
          // Head, nose, eye, neck, torso; upper arm, forearm, hand and thigh, shin, foot on each side.
          expect(placed.tubes, label).to.have.length(5 + 12);
          expect(placed.tubes.filter((t) => t.kind === 'far'), label).to.have.length(6);
          // Lying, kneeling or on all fours: the lowest part of the body is on the floor, nothing under it.
          expect(lowest(stretch, pose), label).to.be.closeTo(0, 1e-9);
          for (const tube of placed.tubes) for (const point of tube.points) for (const v of point) expect(Number.isFinite(v), label).to.equal(true);

          // Drawn: an SVG with the mat, 17 parts and, in a held pose with a movement, its arrow, all inside the box.
          const el = await fixture<SVGSVGElement>(html`<svg viewBox=${box.box.join(' ')} width="400"></svg>`);
          render(drawFigure(pose, box), el);
          expect(el.querySelectorAll('path.mat'), label).to.have.length(1);
          expect(el.querySelectorAll('path.near, path.far, path.eye'), label).to.have.length(17);
          expect(el.querySelectorAll('path.mark'), label).to.have.length(pose.arrow ? 1 : 0);
          expect(el.querySelector('image, use, foreignObject, text'), label).to.equal(null);
          const [x, y, width, heightOfBox] = box.box;
          for (const path of el.querySelectorAll('path')) {
            expect(path.getAttribute('d'), label).not.to.match(/NaN|Infinity/);
            const b = path.getBBox();
            expect(b.width + b.height, label).to.be.greaterThan(0);
            expect(b.x, label).to.be.at.least(x - 0.5);
            expect(b.y, label).to.be.at.least(y - 0.5);
            expect(b.x + b.width, label).to.be.at.most(x + width + 0.5);
            expect(b.y + b.height, label).to.be.at.most(y + heightOfBox + 0.5);
          }
          // Moving (not still), the arrow is left out.
          render(drawFigure(pose, box, false), el);
          expect(el.querySelectorAll('path.mark'), label).to.have.length(0);
        }
      });
    }

    it('has as many key poses as the steps need, all different, each a valid pose', () => {
      for (const stretch of stretches) {
        const poses = posesOf(stretch);
        const shown = stretch.keyPoses ?? poses.map((_, i) => i);
        expect(shown.length, stretch.id).to.be.at.least(2);
        for (const i of shown) expect(poses[i], `${stretch.id} ${i}`).to.not.equal(undefined);
        const drawn = poses.map((pose) => JSON.stringify(place(stretch, pose).tubes));
        expect(new Set(drawn).size, stretch.id).to.equal(poses.length);
      }
      expect(facts('cat-stretch').keyPoses).to.deep.equal([1, 2]);
      // Knee rolls: drawn still in the middle (with its arrow to either side) and rolled towards the viewer;
      // the guided figure moves through all three.
      expect(facts('knee-rolls').keyPoses).to.deep.equal([0, 2]);
    });
  });

  describe('the poses show what the steps say', () => {
    it('knee to chest: one knee pulled up towards the chest, either side, the other foot still on the floor', () => {
      const stretch = facts('knee-to-chest');
      const [left, right] = stretch.held;
      const start = place(stretch, stretch.start);
      // The near (right) knee comes up over the chest.
      const near = place(stretch, right!);
      const toChest = ({ marks }: typeof start) => Math.hypot(marks.knees[0] - marks.chest[0], marks.knees[1] - marks.chest[1]);
      expect(toChest(near)).to.be.lessThan(toChest(start) - 25);
      // The far (left) leg rises the same way; the near leg stays as it was.
      const farTop = (pose: Pose) => Math.max(...place(stretch, pose).tubes.filter((t) => t.kind === 'far').flatMap((t) => t.points.map((p) => p[1])));
      expect(farTop(left!)).to.be.greaterThan(farTop(stretch.start));
      expect(left!.legs[0]).to.deep.equal(stretch.start.legs[0]);
      expect(right!.legs[1]).to.deep.equal(stretch.start.legs[1]);
    });

    it('knee rolls: both knees roll to the left (away from the viewer), then the right (towards), shoulders down', () => {
      const stretch = facts('knee-rolls');
      const [left, right] = stretch.held;
      expect(left!.roll).to.be.lessThan(-45);
      expect(right!.roll).to.be.greaterThan(45);
      expect(place(stretch, left!).marks.knees[2]).to.be.lessThan(-20);
      expect(place(stretch, right!).marks.knees[2]).to.be.greaterThan(20);
      // The torso and arms do not move, and the body stays on the floor as the knees go over.
      for (const pose of [left!, right!]) expect([pose.torso, pose.arms, pose.back]).to.deep.equal([stretch.start.torso, stretch.start.arms, stretch.start.back]);
      const torso = (pose: Pose) => place(stretch, pose).tubes.filter((tube) => tube.order !== undefined);
      const feet = (pose: Pose) => place(stretch, pose).tubes.filter((_, i) => i === 7 || i === 10);
      for (const pose of [left!, right!]) {
        expect(torso(pose)).to.deep.equal(torso(stretch.start));
        // The lower foot on the mat, the upper one resting on it.
        const soles = feet(pose).map((foot) => Math.min(...foot.points.map((p, i) => p[1] - foot.widths[i]!)));
        expect(Math.min(...soles)).to.be.lessThan(2);
      }
    });

    it('knee rolls: an arrow over the knees to either side, each side drawn with its shadow on that side of the mat', async () => {
      const stretch = facts('knee-rolls');
      const box = stage(posesOf(stretch), 'hips', stretch.view!);
      // The middle: one curved line with a head at each end, from one side to the other.
      expect(stretch.start.arrow).to.equal('sway');
      const middle = await fixture<SVGSVGElement>(html`<svg viewBox=${box.box.join(' ')} width="400"></svg>`);
      render(drawFigure(stretch.start, box), middle);
      const [shaft, ...heads] = middle.querySelector('path.mark')!.getAttribute('d')!.split('M').filter(Boolean);
      expect(shaft!.split('L')).to.have.length(5);
      expect(heads).to.have.length(2);
      const shadows: SVGPathElement[] = [];
      for (const pose of stretch.held) {
        const el = await fixture<SVGSVGElement>(html`<svg viewBox=${box.box.join(' ')} width="400"></svg>`);
        render(drawFigure(pose, box), el);
        shadows.push(el.querySelector<SVGPathElement>('path.shadow')!);
      }
      // The spot on the mat straight below each side's knees is in that side's shadow, and not in the other's.
      const below = (pose: Pose) => {
        const [x, , z] = place(stretch, pose).marks.knees;
        const [px, py] = project([x, 0, z], stretch.view!);
        return new DOMPoint(px, py);
      };
      const [away, near] = stretch.held;
      // Whichever leg ends up on top, nearer the viewer, is the dark one: where its knee is drawn, the frontmost part is dark.
      for (const pose of posesOf(stretch)) {
        const el = await fixture<SVGSVGElement>(html`<svg viewBox=${box.box.join(' ')} width="400"></svg>`);
        render(drawFigure(pose, box, false), el);
        const placed = place(stretch, pose);
        const knees = [placed.tubes[5]!.points[1]!, placed.tubes[8]!.points[1]!].map((knee) => project(knee, stretch.view!));
        const [x, y] = knees.sort((a, b) => b[2] - a[2])[0]!;
        const covering = [...el.querySelectorAll<SVGPathElement>('path.near, path.far')].filter((path) => path.isPointInFill(new DOMPoint(x, y)));
        expect(covering.at(-1)?.getAttribute('class'), `roll ${pose.roll ?? 0}`).to.equal('near');
      }
      expect(shadows[0]!.isPointInFill(below(away!)), 'away').to.equal(true);
      expect(shadows[1]!.isPointInFill(below(near!)), 'near').to.equal(true);
      expect(shadows[1]!.isPointInFill(below(away!)), 'away, in the near shadow').to.equal(false);
      expect(shadows[0]!.isPointInFill(below(near!)), 'near, in the away shadow').to.equal(false);
    });

    it('pelvic tilt: a gap under the lower back at the start, pressed flat in the hold', () => {
      const stretch = facts('pelvic-tilt');
      const waist = (pose: Pose) => height(stretch, pose, 'waist');
      expect(waist(stretch.start) - waist(stretch.held[0]!)).to.be.greaterThan(3);
      expect(stretch.held[0]!.arrow).to.deep.equal(['waist', 270]);
      // The hands rest on the stomach with the elbows up, so that no arm hides the gap under the lower back.
      const placed = place(stretch, stretch.start);
      const torso = placed.tubes.find((tube) => tube.order === 4)!;
      const lowerBack = [1, 2, 3, 4, 5, 6].map((i) => ({ x: torso.points[i]![0], under: torso.points[i]![1] - torso.widths[i]! }));
      expect(Math.min(...lowerBack.map(({ under }) => under))).to.be.greaterThan(3);
      /** The height of the back's underside at `x` (the torso's points run from the hips towards the head). */
      const underBackAt = (x: number) => {
        const i = lowerBack.findIndex((point) => point.x <= x);
        const [a, b] = [lowerBack[i - 1]!, lowerBack[i]!];
        return a.under + ((b.under - a.under) * (x - a.x)) / (b.x - a.x);
      };
      // Along each arm, wherever it passes the lower back, its underside is above the back's, leaving the gap open.
      const [from, to] = [lowerBack.at(-1)!.x, lowerBack[0]!.x];
      let passes = 0;
      for (const arm of placed.tubes.slice(11)) {
        const [a, b] = [arm.points[0]!, arm.points.at(-1)!];
        for (let t = 0; t <= 1; t += 0.05) {
          const x = a[0] + (b[0] - a[0]) * t;
          const under = a[1] + (b[1] - a[1]) * t - (arm.widths[0]! + (arm.widths.at(-1)! - arm.widths[0]!) * t);
          if (x <= from || x >= to) continue;
          passes += 1;
          expect(under, `arm at x = ${x.toFixed(1)}`).to.be.greaterThan(underBackAt(x));
        }
      }
      expect(passes).to.be.greaterThan(10);
    });

    it('bottom to heels: the hips go back towards the heels while the knees stay where they are', () => {
      const stretch = facts('bottom-to-heels');
      const start = place(stretch, stretch.start);
      const held = place(stretch, stretch.held[0]!);
      expect(start.marks.knees[0]).to.be.closeTo(0, 1e-9);
      expect(held.marks.knees[0]).to.be.closeTo(0, 1e-9);
      expect(held.marks.hips[0] - start.marks.hips[0]).to.be.greaterThan(25);
      expect(held.marks.hips[1]).to.be.lessThan(start.marks.hips[1] - 15);
      // Sitting back on the heels, the arms stretched forward along the mat beyond the head.
      const heel = held.tubes[7]!.points[0]!;
      expect(Math.abs(held.marks.hips[0] - heel[0])).to.be.lessThan(12);
      const [hand, head] = [held.tubes[13]!.points[1]!, held.tubes[2]!.points[0]!];
      expect(hand[0]).to.be.lessThan(head[0] - 10);
      expect(hand[1]).to.be.lessThan(6);
    });

    it('cat stretch: the back rounded up, then sagging down, hands and knees where they were', () => {
      const stretch = facts('cat-stretch');
      const [up, down] = stretch.held;
      const waist = (pose: Pose) => height(stretch, pose, 'waist');
      expect(waist(up!)).to.be.greaterThan(waist(stretch.start) + 3);
      expect(waist(down!)).to.be.lessThan(waist(stretch.start) - 3);
      for (const pose of [up!, down!]) expect([pose.arms, pose.legs]).to.deep.equal([stretch.start.arms, stretch.start.legs]);
      // The head drops as the back rounds up, and lifts to look forward as it sags.
      const eye = (pose: Pose) => place(stretch, pose).tubes.find((tube) => tube.kind === 'eye')!.points[0]![1];
      expect(eye(down!)).to.be.greaterThan(eye(up!) + 15);
      expect(eye(down!)).to.be.greaterThan(height(stretch, down!, 'chest'));
    });

    it('bridge: the hips lifted well off the floor', () => {
      const stretch = facts('bridge');
      expect(height(stretch, stretch.held[0]!, 'hips') - height(stretch, stretch.start, 'hips')).to.be.greaterThan(20);
    });

    it('back extension: the chest pressed up while the hips stay on the floor', () => {
      const stretch = facts('back-extension');
      expect(height(stretch, stretch.held[0]!, 'chest') - height(stretch, stretch.start, 'chest')).to.be.greaterThan(12);
      // The hips: the torso's end there is on the floor.
      const torso = (pose: Pose) => place(stretch, pose).tubes.find((tube) => tube.order === 4)!;
      for (const [i, pose] of posesOf(stretch).entries()) expect(torso(pose).points[0]![1] - torso(pose).widths[0]!, `hips on the floor in pose ${i}`).to.be.lessThan(2);
    });
  });

  describe('moving between poses', () => {
    it('starts and ends exactly on the key poses and turns each joint the shorter way', () => {
      const [a, b] = [facts('cat-stretch').held[0]!, facts('cat-stretch').held[1]!];
      expect(blendPoses(a, b, 0)).to.equal(a);
      expect(blendPoses(a, b, 1)).to.equal(b);
      const half = blendPoses(a, b, 0.5);
      expect(half.head).to.be.closeTo((a.head + b.head) / 2, 1e-9);
      expect(half.back![0]).to.be.closeTo((a.back![0] + b.back![0]) / 2, 1e-9);
      const across = blendPoses({ ...a, torso: 350 }, { ...a, torso: 10 }, 0.5);
      expect(((across.torso % 360) + 360) % 360).to.be.closeTo(0, 1e-9);
    });

    it('keeps every in-between pose whole and on the floor', () => {
      for (const stretch of stretches) {
        const poses = posesOf(stretch);
        for (const to of poses.slice(1)) {
          for (const t of [0.25, 0.5, 0.75]) {
            const pose = blendPoses(stretch.start, to, t);
            expect(lowest(stretch, pose), `${stretch.id} ${t}`).to.be.closeTo(0, 1e-9);
            expect(place(stretch, pose).tubes).to.have.length(17);
          }
        }
      }
    });
  });

  describe('in the card', () => {
    it('spans the card on a phone, coloured by the tokens, and outlined in forced colours', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 343px"><backcare-stretch-card exercise="knee-rolls"></backcare-stretch-card></div>`);
      const el = page.querySelector('backcare-stretch-card')!;
      await el.updateComplete;
      const figures = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('[part="illustration"] svg')];
      expect(figures).to.have.length(2);
      for (const svg of figures) expect(svg.getBoundingClientRect().width).to.be.at.least(300);
      const near = figures[0]!.querySelector('path.near')!;
      const mat = figures[0]!.querySelector('path.mat')!;
      expect(getComputedStyle(near).fill).to.equal('rgb(11, 92, 173)');
      expect(getComputedStyle(mat).fill).to.equal('rgb(242, 244, 247)');
      // The shadow on the mat is a shade of it, neither the figure's colour nor black.
      const shadow = getComputedStyle(figures[0]!.querySelector('path.shadow')!).fill;
      expect(shadow).to.not.be.oneOf([getComputedStyle(mat).fill, getComputedStyle(near).fill, 'rgb(0, 0, 0)', 'none']);
      el.style.setProperty('--backcare-accent', 'rgb(120, 20, 60)');
      expect(getComputedStyle(near).fill).to.equal('rgb(120, 20, 60)');
      // Forced colours cannot be switched on from a test in every engine: the rule that draws the outline is there.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
      expect(forced.map((rule) => rule.cssText).join()).to.match(/stroke:\s*canvastext/i);
    });
  });
});
