// The red-flag checker as patients use it: the built widget (dist/) in Chromium on a phone-sized
// screen, driven by people who describe themselves in their own words and tick what they would
// tick reading the widget's own labels (matched on the rendered text, never on ids). Each has
// the tier a clinician would give, with the clinical reference's section and sources.
// Under-triage fails; over-triage is counted and reported. Also measured here: each step's
// height on a 375 × 740 phone, the emergency advice in view, and screenshots of every state.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotDir, startE2E } from './harness.mjs';

/** The sources, from the content module as built: a patient's source is found among the outcome's as it is shown. */
const { sources } = await import('backcare-widgets/content');
const shownAs = (id) => (sources[id].publisher ? `${sources[id].publisher}: ${sources[id].title}` : sources[id].title);

const tiers = ['emergency', 'urgent', 'soon', 'self-care'];
const phone = { width: 375, height: 740 };

/**
 * Each patient: what they say, the label words they would tick on whatever list is shown
 * (each must match one rendered label), the tier a clinician would give and why, and, where
 * the widget honestly gives more, the tier it gives and why that is. `cites`: sources of the
 * clinical reference that say so, each of which the outcome must list among its sources.
 */
const patients = [
  {
    name: 'simple strain the day after lifting',
    said: 'I’m 38. I lifted a heavy box yesterday and my lower back went into spasm. Bending hurts and I walk stiffly, but my legs feel normal and peeing is normal.',
    ticks: [],
    clinician: 'self-care',
    why: 'No sign of section 1; walking stiffly because it hurts is the "not" of nerve weakness (§1 emergency; S-CKS, S-AAFP). Self-care: S-NHS, S-NHS-EX.',
  },
  {
    name: 'an anxious person with many mild worries',
    said: 'I’m 45 and my back has been sore for three days since gardening. It feels tight and knotted, it twinges when I roll over in bed, and I’m really worried it is something serious.',
    ticks: [],
    clinician: 'self-care',
    answersWorry: true,
    cites: ['S-NHS'],
    why: 'A knotted muscle and pain on turning over are the "not" parts of lump and night pain (§1 urgent). Worry is not a sign to tick: the self-care outcome answers it (§1 soon, "Not a sign to tick: being worried"; S-NHS).',
  },
  {
    name: 'pain to the knee, nothing below it',
    said: 'For a week the ache has gone from my back down the back of my right thigh to the knee, not below. No pins and needles, no weakness, and it is a bit better each day.',
    ticks: [],
    clinician: 'self-care',
    why: 'Sciatica to see a doctor about is pain below the knee or numbness or tingling in a leg (§1 soon; S-NHS-SCI); this is neither, and it is easing.',
  },
  {
    name: 'sciatica below the knee with tingling',
    said: 'Shooting pain down my left leg into the calf for five days, and my foot tingles. My legs are not weak and my bladder is fine.',
    ticks: ['shoots down one leg, below the knee', 'numbness or tingling in a leg'],
    clinician: 'soon',
    why: 'Sciatica: pain below the knee, tingling in one leg, no weakness (§1 soon; S-NHS-SCI, seed:001).',
  },
  {
    name: 'long-standing bladder trouble from an enlarged prostate',
    said: 'I’m 68. For years my prostate has given me a weak stream and I get up at night to pee; that hasn’t changed. I hurt my back moving a sofa two days ago. I’ve had back pain before.',
    ticks: [],
    clinician: 'self-care',
    why: 'The bladder sign is new trouble; "not a long-standing problem that has not changed" (§1 emergency, bladder or bowel; S-NHS-CES). Not a first episode (§1 soon).',
  },
  {
    name: 'a fever from a cold, and a strain',
    said: 'I’ve had a cold for two days with a temperature of 101 °F, and I pulled my back picking up my toddler.',
    ticks: ['fever'],
    clinician: 'urgent',
    why: 'A high temperature with back pain: get advice today, whatever its cause seems to be (§1 urgent, fever; S-NHS, S-MAYO-WHEN).',
  },
  {
    name: 'a basal-cell skin cancer removed years ago',
    said: 'A basal cell skin cancer was cut off my nose eight years ago. Now my lower back aches after a long drive; nothing else.',
    // "Skin cancer" is cancer to a patient: reading "You have had cancer yourself", most would tick it.
    ticks: ['had cancer yourself'],
    clinician: 'self-care',
    widget: 'urgent',
    why: 'A basal-cell carcinoma almost never spreads, and nothing else is present: a clinician would advise self-care. The reference lists cancer "at any time, including cancer treated years ago" as urgent with no exception (§1 urgent; S-CKS, S-MAYO-WHEN, S-NG234), and the widget adds none of its own: it asks the nerve signs (none), and says "today". One tier of over-triage, never emergency.',
  },
  {
    name: 'a smoker over 65 with a pulsing belly',
    said: 'I’m 71 and have smoked all my life. My back aches and I can feel a throbbing in my tummy, like a heartbeat.',
    ticks: ['pulsing feeling in your belly'],
    clinician: 'emergency',
    ambulance: true,
    cites: ['S-NHS-AAA', 'S-NG156', 'S-RACGP-AAA'],
    why: 'A new pulsing feeling in the belly with back pain: possible symptomatic aortic aneurysm, an ambulance (§1 emergency, pulsing in the belly; S-NHS-AAA, S-NG156, S-RACGP-AAA).',
  },
  {
    name: 'pregnant, with back pain that comes in waves',
    said: 'I’m 33 weeks pregnant. My lower back pain started this morning; it comes and goes every ten minutes and my bump goes hard.',
    ticks: ['pregnant, and the pain comes in waves'],
    clinician: 'urgent',
    heading: 'Call now',
    first: 'call your ob doctor or midwife now, or go to labor and delivery',
    cites: ['S-NHS-LABOUR', 'S-ACOG-LABOR'],
    why: 'Possible early labour: in the US, call the OB doctor or midwife now, or go to Labor and Delivery (§1 urgent, pregnancy; S-NHS-LABOUR, S-ACOG-LABOR).',
  },
  {
    name: 'numb when wiping',
    said: 'My back has been bad since yesterday, and when I wipe after the toilet it feels numb down there.',
    ticks: ['numbness or tingling around your genitals'],
    clinician: 'emergency',
    why: 'Saddle numbness: possible cauda equina syndrome (§1 emergency; S-NHS, S-NHS-CES, S-CKS, S-AAFP).',
  },
  {
    name: 'cancer in the past and new tingling in a leg',
    said: 'I had breast cancer treated three years ago. My back has hurt for a week, and in the last few days my left leg has started tingling.',
    ticks: ['had cancer yourself', 'numbness or tingling in a leg'],
    clinician: 'emergency',
    cancerTeam: true,
    why: 'Cancer and a new nerve sign: possible spinal cord compression; also call the cancer team’s 24-hour line (§1 emergency, combination; S-NG234, S-CKS).',
  },
  {
    name: 'osteoporosis, no fall',
    said: 'I’m 74 and have osteoporosis. I felt a sharp pull in my back bending down to pick up my shopping. I didn’t fall.',
    ticks: ['weak bones'],
    clinician: 'urgent',
    cites: ['S-CKS'],
    why: 'Weak bones: a fracture needs no fall (§1 urgent, weak bones; S-CKS).',
  },
  {
    name: 'a first episode at 55',
    said: 'I’m 55 and I’ve never had back pain before. It started four days ago after raking leaves and is easing a little.',
    ticks: ['never had back pain before'],
    clinician: 'soon',
    why: 'First back pain over 50 (§1 soon, age at first episode; S-CKS).',
  },
  {
    name: 'both legs weak and tingling',
    said: 'Since my back started hurting two days ago, both my legs feel weak and tingly.',
    ticks: ['weakness in both legs'],
    clinician: 'emergency',
    why: 'Both legs: possible cauda equina syndrome (§1 emergency, both legs; S-NHS).',
  },
  {
    name: 'a slapping foot',
    said: 'My right foot has started slapping on the ground when I walk and I keep tripping on the stairs.',
    ticks: ['foot that drags, slaps or catches'],
    clinician: 'emergency',
    why: 'Nerve weakness: a foot that slaps, tripping (§1 emergency; S-CKS, S-AAFP, S-MAYO-WHEN).',
  },
  {
    name: 'slipped on ice at 67',
    said: 'I’m 67. I slipped on the icy path yesterday and landed hard on my back. It is sore but I can walk.',
    ticks: ['over 50, and the pain started after a fall'],
    clinician: 'urgent',
    cites: ['S-CKS'],
    why: 'Over 50, a fall that was not a serious accident: minor trauma is a fracture sign in older people (§1 urgent, a fall or knock when older; S-CKS, S-MAYO-WHEN).',
  },
  {
    name: 'weight loss and night pain',
    said: 'I’ve lost 15 pounds in two months without trying, and my back aches all the time, even lying still, and keeps me awake.',
    ticks: ['losing weight without trying', 'pain all the time'],
    clinician: 'urgent',
    why: 'Weight loss without trying and rest pain at night (§1 urgent; S-NHS, S-CKS).',
  },
  {
    name: 'chest pain with back pain',
    said: 'The pain is between my shoulder blades and my chest feels tight and painful too.',
    ticks: ['chest pain'],
    clinician: 'emergency',
    ambulance: true,
    why: 'Chest pain with back pain: call for an ambulance (§1 emergency, and "What every outcome says"; S-NHS).',
  },
  {
    name: 'not easing after ten days',
    said: 'My back has hurt for ten days. I’ve kept moving and used heat, but it is no better at all.',
    ticks: ['no better at all'],
    clinician: 'soon',
    why: 'Not easing after a week of self-care (§1 soon; seed:000, S-CC).',
  },
  {
    name: 'a heavy thigh after gardening',
    said: 'Gardening all weekend. My lower back aches and by the evening the back of my left thigh feels heavy and tired. I can walk fine and wiggle my toes.',
    ticks: [],
    clinician: 'self-care',
    why: 'A leg that feels heavy or tired because moving hurts is not nerve weakness (§1 emergency, nerve weakness, "Not"; S-CKS, S-NHS).',
  },
  {
    name: 'the worst pain ever, two days after moving a sofa',
    said: 'I moved a sofa on Saturday and now my back is killing me, the worst pain I have ever had. I can’t get comfy in bed and I’m shuffling about. My legs and my peeing are normal.',
    ticks: [],
    clinician: 'self-care',
    why: 'Severe pain in the first days that stops activities is a strain: stopping daily activities counts after the first few days (§1 soon, getting worse or not coping; S-NHS).',
  },
  {
    name: 'slipped on the stairs at 28, getting better',
    said: 'I slipped on the stairs at work last week and landed on my backside. I carried on with my shift. It is stiff and sore but moving about helps a bit.',
    ticks: [],
    clinician: 'self-care',
    why: 'A slip at a younger age after which you got up and carried on is a strain, and pain that is starting to ease needs no appointment (§1 emergency, serious accident, "Not"; §1 urgent, a fall when older; §1 soon, not easing; S-NHS, S-CKS).',
  },
  {
    name: 'una torcedura (Spanish)',
    lang: 'es',
    said: 'Ayer me lastimé la espalda cargando cajas. Me duele al agacharme, pero las piernas y todo lo demás están bien.',
    ticks: [],
    clinician: 'self-care',
    why: 'No sign of section 1 (S-NHS, S-CKS).',
  },
  {
    name: 'fiebre y dolor de espalda (Spanish)',
    lang: 'es',
    said: 'Tengo fiebre y escalofríos desde anoche, y me duele la parte baja de la espalda.',
    ticks: ['fiebre'],
    clinician: 'urgent',
    why: 'Fever with back pain (§1 urgent; S-NHS, S-MAYO-WHEN).',
  },
  {
    name: 'a pulsing tummy in the UK',
    lang: 'en-GB',
    said: 'I’m 70, an ex-smoker, and there is a pulsing feeling in my tummy with the back ache.',
    ticks: ['pulsing feeling in your tummy'],
    clinician: 'emergency',
    number: '999',
    ambulance: true,
    why: 'Aortic signs (§1 emergency; S-NHS-AAA); in the UK the number is 999.',
  },

  // ---- The third edition: patients a spasm must not send to 911, and a burst aneurysm or a
  // spinal infection must not send home.
  {
    name: 'the worst pain of my life, bending for a sock',
    said: 'I’m 42. I bent down to put my sock on this morning and my back just went. Honestly it’s the worst pain of my life, I can barely stand up straight. My tummy is fine, no fever, legs are fine.',
    ticks: [],
    clinician: 'self-care',
    cites: ['S-NHS-EX'],
    why: 'Back pain alone, however sudden or severe, is a spasm until something else says otherwise: the emergency sign is sudden severe pain in the tummy (§1 emergency, sudden severe tummy pain; S-NHS-AAA, S-NG156). It usually eases within 2 weeks (S-NHS-EX).',
  },
  {
    name: 'slipped on ice at 24 and got up',
    said: 'I’m 24. Slipped on some ice outside work yesterday and landed on my bum. Got up, went in, did my shift. My lower back is stiff and sore today.',
    ticks: [],
    clinician: 'self-care',
    why: 'Slipping onto the floor is not a serious accident (a car crash, a fall from a height), and a fall counts as a fracture sign from 50: below that, a slip you got up from is a strain (§1 emergency, serious accident, and urgent, a fall or knock when older; S-NHS, S-CKS).',
  },
  {
    name: 'an anxious first-timer who has read about tumours',
    said: 'This is my first ever back pain, I’m 34, and I’m honestly terrified it’s something serious. I keep reading about tumours online. It hurts when I move and eases when I lie still. I haven’t slept well for worrying.',
    ticks: [],
    clinician: 'self-care',
    answersWorry: true,
    cites: ['S-NHS', 'S-NHS-EX'],
    why: 'A first episode counts from 50 (§1 soon, age; S-CKS); pain on moving and lying awake worrying are the "not" parts of night pain (§1 urgent; S-NHS, S-CKS). Worry is answered, not asked: it is normal, rarely serious, and booking is fine if still worried (§1 "What every outcome says"; S-NHS).',
  },
  {
    name: 'a leg that feels heavy because moving hurts',
    said: 'My right leg feels heavy and sort of weak, because every time I move it the pain catches me in the back. Lying down I can lift it fine and wiggle my toes. Nothing goes below the knee.',
    ticks: [],
    clinician: 'self-care',
    why: 'New weakness in one leg is a leg or foot that will not do what you tell it; "not a leg that feels weak or heavy because moving hurts" (§1 urgent, weakness in one leg; S-MAYO-WHEN, S-CKS).',
  },
  {
    name: 'a jolt when sneezing, told by her husband',
    said: 'My husband made me do this. Every time I sneeze I get a jolt in my back and have to grab the counter, then it settles down after a few seconds. It’s been three days.',
    ticks: [],
    clinician: 'self-care',
    why: 'Pain much worse on coughing or sneezing counts when it stays worse; a jolt that soon passes is common with a spasm (§1 urgent, cough, sneeze, toilet; S-NHS, and the clinical review).',
  },
  {
    name: 'a knot like a golf ball, found by his wife',
    said: 'My wife says there’s a hard knot next to my spine, like a golf ball. It goes softer after a hot shower. I’m a bit bent over to one side when I walk because of the pain.',
    ticks: [],
    clinician: 'self-care',
    why: 'A tight, knotted muscle that softens with heat, and leaning because of the pain, are the "not" parts of a lump or change of shape (§1 urgent, lump or shape; S-NHS, S-CKS).',
  },
  {
    name: 'light-headed getting up off the sofa',
    said: 'My back has been sore since I moved house at the weekend. When I get up off the sofa too fast I go a bit light-headed for a second, then I’m fine.',
    ticks: [],
    clinician: 'self-care',
    why: 'Feeling a little light-headed on standing up is the "not" part of the collapse signs (§1 emergency, collapse signs; S-NHS-AAA).',
  },
  {
    name: 'worse every day and not managing, day 5',
    said: 'It’s day five and it’s getting worse every day, not better. Even with the tablets I can’t manage at home; I need help to get to the bathroom.',
    ticks: ['getting worse day by day', 'cannot manage the pain at home'],
    clinician: 'soon',
    cites: ['S-NHS'],
    why: 'Getting worse, or not coping at home even with pain relief: book an appointment (§1 soon, getting worse or not coping; S-NHS).',
  },
  {
    name: 'a burst aneurysm, told by his daughter',
    said: 'It’s my dad, he’s 74. His back suddenly started hurting badly, then he went grey and clammy and nearly fainted in the kitchen. He’s sweating and says he feels like he’s going to pass out.',
    ticks: ['fainting, very dizzy, grey clammy skin'],
    clinician: 'emergency',
    ambulance: true,
    cites: ['S-NHS-AAA', 'S-BMJ-AAA'],
    why: 'Back pain with fainting, grey clammy skin: the signs of a burst aneurysm; call for an ambulance (§1 emergency, collapse signs; S-NHS-AAA, S-BMJ-AAA).',
  },
  {
    name: 'sudden belly pain going through to the back',
    said: 'I’m 68 and an ex-smoker. About an hour ago I got a sudden, terrible pain in my belly that goes right through to my back.',
    ticks: ['severe pain in your belly'],
    clinician: 'emergency',
    ambulance: true,
    cites: ['S-NHS-AAA', 'S-NG156'],
    why: 'Sudden, severe pain in the tummy with back pain: possible aortic aneurysm; an ambulance (§1 emergency, sudden severe tummy pain; S-NHS-AAA, S-NG156).',
  },
  {
    name: 'prostate cancer two years ago, and now sciatica',
    said: 'I finished treatment for prostate cancer two years ago and I’m doing well. For the last week I’ve had a pain shooting down the back of my right leg into my calf. Probably just sciatica.',
    ticks: ['had cancer yourself', 'shoots down one leg, below the knee'],
    clinician: 'emergency',
    cancerTeam: true,
    cites: ['S-NG234'],
    why: 'Cancer with pain shooting down a leg (radicular pain): possible spinal cord compression (§1 emergency, combination: cancer and nerve signs; S-NG234, S-CKS).',
  },
  {
    name: 'a fever and a leg gone numb',
    said: 'I’ve had a temperature of 101 for two days and my back is really sore. Since yesterday my right leg has gone numb and tingly.',
    ticks: ['fever', 'numbness or tingling in a leg'],
    clinician: 'emergency',
    cites: ['S-CKS', 'S-AAFP'],
    why: 'A fever with a new nerve sign: possible spinal infection (§1 emergency, combination: infection risk and nerve signs; S-CKS, S-AAFP).',
  },
  {
    name: 'a steroid injection three weeks ago, and a foot that will not lift',
    said: 'I had a steroid injection in my back three weeks ago for my sciatica. Now my left foot won’t do what I tell it; my toes keep catching on the carpet.',
    ticks: ['back injection in the last 3 months', 'new weakness in one leg or foot'],
    clinician: 'emergency',
    cites: ['S-CKS', 'S-AAFP'],
    why: 'A recent spinal procedure with a new nerve sign: possible spinal infection (epidural abscess) (§1 emergency, combination: infection risk and nerve signs; S-CKS, S-AAFP).',
  },
  {
    name: 'embarazada, con dolor que va y viene (Spanish)',
    lang: 'es',
    said: 'Tengo 32 semanas de embarazo. Desde esta mañana el dolor de espalda va y viene, y a ratos se me pone dura la barriga.',
    ticks: ['embarazada, con dolor en oleadas'],
    clinician: 'urgent',
    heading: 'Llame ahora',
    first: 'llame ahora a su obstetra o partera, o vaya al área de labor y parto',
    cites: ['S-ACOG-LABOR'],
    why: 'Possible early labour: in US Spanish, call the obstetrician or midwife now, or go to Labor and Delivery (§1 urgent, pregnancy; S-NHS-LABOUR, S-ACOG-LABOR).',
  },
];

/** A page with the widget alone, as a clinic would paste it. */
const pageHtml = ({ lang = 'en', font = '' }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Red-flag checker</title>${font ? `<link rel="stylesheet" href="/patients/font.css?family=${encodeURIComponent(font)}">` : ''}
<script src="/dist/backcare-widgets.js" defer></script></head>
<body><backcare-red-flag-checker clinic-name="Riverside Physio" clinic-phone="(555) 010-0199"></backcare-red-flag-checker>
<div class="after"></div></body></html>`;

let e2e;
const results = [];

before(async () => {
  e2e = await startE2E();
});

after(async () => {
  if (results.length) {
    const rank = (tier) => tiers.indexOf(tier);
    console.log('\npatient | clinician | widget | taps');
    for (const r of results) console.log(`${r.name} | ${r.clinician} | ${r.got} | ${r.taps}`);
    const over = results.filter((r) => rank(r.got) < rank(r.clinician));
    const under = results.filter((r) => rank(r.got) > rank(r.clinician));
    console.log(`${results.length} patients: ${results.length - over.length - under.length} as a clinician would, ${over.length} over-triaged, ${under.length} under-triaged`);
  }
  await e2e?.close();
});

/** Opens the widget alone at a phone's size; `font` sets the page's font family (a sans-serif as phones use). */
async function openChecker({ lang, font, width = phone.width, height = phone.height, reducedMotion = 'no-preference' } = {}) {
  // Any page of the site first, for a browser context to serve the test page in.
  const opened = await e2e.open('/package.json', { width, height });
  const { page, context } = opened;
  await context.route('**/patients/page.html*', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml({ lang, font }) }),
  );
  await context.route('**/patients/font.css*', (route) =>
    route.fulfill({
      contentType: 'text/css',
      body: `body { font-family: ${new URL(route.request().url()).searchParams.get('family')}; } .after { height: 1600px; }`,
    }),
  );
  await page.emulateMedia({ reducedMotion });
  await page.goto(`${e2e.url}/patients/page.html`);
  await page.waitForFunction(() => customElements.get('backcare-red-flag-checker'));
  await page.evaluate(() => document.querySelector('backcare-red-flag-checker').updateComplete);
  return { ...opened, host: page.locator('backcare-red-flag-checker') };
}

const labels = (host) => host.locator('.choice__label').evaluateAll((els) => els.map((el) => el.textContent.replace(/\s+/g, ' ').trim()));
const outcomeTier = async (host) => {
  const card = host.locator('[part~="outcome"]');
  return (await card.count()) ? /outcome-(\S+)/.exec(await card.getAttribute('part'))[1] : undefined;
};

/**
 * Goes through the widget as `patient`: on each list, ticks every label that one of their
 * phrases matches (or "None of these"), then "Continue", until an outcome shows. Returns the
 * tier, the number of taps, and the phrases that matched.
 */
async function drive(host, patient) {
  let taps = 0;
  const matched = new Set();
  for (let list = 0; list < 6 && !(await outcomeTier(host)); list++) {
    const shown = await labels(host);
    const signs = shown.slice(0, -1);
    const toTick = signs.filter((label) => patient.ticks.some((phrase) => label.toLowerCase().includes(phrase.toLowerCase())));
    for (const phrase of patient.ticks) {
      const hits = signs.filter((label) => label.toLowerCase().includes(phrase.toLowerCase()));
      assert.ok(hits.length <= 1, `"${phrase}" matches one label, not ${JSON.stringify(hits)}`);
      if (hits.length) matched.add(phrase);
    }
    for (const label of toTick.length ? toTick : [shown.at(-1)]) {
      await host.locator('.choice__label', { hasText: label }).first().click();
      taps++;
      if (await outcomeTier(host)) return { tier: await outcomeTier(host), taps, matched };
    }
    await host.locator('.buttons button').click();
    taps++;
  }
  return { tier: await outcomeTier(host), taps, matched };
}

describe('patients, in their own words, on a phone', () => {
  for (const patient of patients) {
    test(`${patient.name}: ${patient.clinician}`, async () => {
      const { page, context, errors, host } = await openChecker({ lang: patient.lang });
      const { tier, taps, matched } = await drive(host, patient);
      results.push({ name: patient.name, clinician: patient.clinician, got: tier, taps });
      await page.screenshot({ path: `${screenshotDir}/patient-${patient.name.replace(/\W+/g, '-')}.png`, fullPage: true });
      // Every phrase the patient would tick was found on a list shown to them (the emergency advice may come first).
      if (tier !== 'emergency') assert.deepEqual([...matched].sort(), [...patient.ticks].sort(), 'phrases found in the labels');
      assert.ok(tiers.indexOf(tier) <= tiers.indexOf(patient.clinician), `under-triage: ${tier}, a clinician would say ${patient.clinician}`);
      assert.equal(tier, patient.widget ?? patient.clinician, patient.why);
      const card = host.locator('[part~="outcome"]');
      if (patient.first) {
        assert.match((await card.locator('.card-body > :first-child').innerText()).toLowerCase(), new RegExp(patient.first));
      }
      if (patient.cancerTeam) assert.match(await card.innerText(), /24-hour/);
      const heading = (await card.locator('.card-heading').innerText()).replace(/\s+/g, ' ');
      if (patient.heading) assert.ok(heading.endsWith(patient.heading), heading);
      if (tier === 'emergency') {
        const ambulance = /for an ambulance|para pedir una ambulancia/.test(heading);
        assert.equal(ambulance, Boolean(patient.ambulance), `"${heading}": an ambulance for chest pain and the aortic signs only`);
      }
      // The sources that say so are the outcome's own, collapsed below the advice; the soft line ends the card.
      const cited = (await card.locator('.sources li').allTextContents()).map((line) => line.replace(/\s+/g, ' '));
      for (const id of patient.cites ?? []) assert.ok(cited.some((line) => line.includes(shownAs(id))), `${id} among ${cited.join(' | ')}`);
      assert.equal(await card.locator('details.sources-part').evaluate((details) => details.open), false);
      assert.match(await card.locator('.card-body > :last-child').innerText(), /not a diagnosis|no es un diagnóstico/i);
      if (patient.answersWorry) {
        const text = await card.innerText();
        assert.match(text, /normal to worry/);
        assert.match(text, /fine to book an appointment/);
        assert.match(text, /Get medical advice today if you get any of these/);
      }
      if (patient.number) assert.equal(await card.locator('a[href^="tel:"]').first().getAttribute('href'), `tel:${patient.number}`);
      if (patient.ticks.length === 0) assert.equal(taps, 6, 'self-care in 6 taps');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('on a 375 × 740 phone', () => {
  // Liberation Sans has Arial's widths, close to a phone's own sans-serif; DejaVu Sans is wider, measured too.
  const fonts = ["'Liberation Sans'", "'DejaVu Sans'"];
  const heights = [];

  after(() => {
    console.log('\nheight of each list at 375 px (1.5 screens = 1110 px, 2 screens = 1480 px)');
    for (const row of heights) console.log(row.join(' | '));
  });

  /**
   * Step 1, the emergency signs, within about 1.5 screens (short hints, not small type): a patient sees
   * "None of these" after little more than one scroll. Spanish runs longer by its words' length.
   */
  const firstStepScreens = { en: 1.5, 'en-GB': 1.5, es: 1.6 };

  for (const lang of ['en', 'es', 'en-GB']) {
    test(`${lang}: step 1 fits in about ${firstStepScreens[lang]} screens and every other list in two, with default text`, async () => {
      for (const font of fonts) {
        const { page, context, errors, host } = await openChecker({ lang, font });
        assert.ok(await page.evaluate((family) => document.fonts.check(`16px ${family}`), font), `${font} is installed`);
        const height = async () => Math.round((await host.boundingBox()).height);
        const none = () => host.locator('label[for="none"]').click();
        const next = () => host.locator('.buttons button').click();
        const measured = { 'step 1': await height() };
        await none();
        await next();
        measured['step 2'] = await height();
        await none();
        await next();
        measured['step 3'] = await height();
        await host.locator('[part="back"]').click();
        await host.locator('label[for="sign-cancer-history"]').click();
        await next();
        measured['cancer follow-up'] = await height();
        await host.locator('[part="back"]').click();
        await host.locator('label[for="sign-cancer-history"]').click();
        await host.locator('label[for="sign-fever"]').click();
        await next();
        measured['infection follow-up'] = await height();
        heights.push([lang, font, ...Object.entries(measured).map(([name, px]) => `${name} ${px}`)]);
        if (font === fonts[0]) {
          assert.ok(measured['step 1'] <= firstStepScreens[lang] * phone.height, `${lang} step 1: ${measured['step 1']} px`);
          for (const [name, px] of Object.entries(measured)) assert.ok(px <= 2 * phone.height, `${lang} ${name}: ${px} px`);
        }
        assert.deepEqual(errors, []);
        await context.close();
      }
    });
  }

  for (const reducedMotion of ['reduce', 'no-preference']) {
    test(`ticking the last emergency sign puts the advice's heading and Call button in view, focused (${reducedMotion} motion)`, async () => {
      const { page, context, errors, host } = await openChecker({ font: fonts[0], reducedMotion });
      const last = host.locator('.choice__label').nth(-2);
      await last.scrollIntoViewIfNeeded();
      await last.click();
      const heading = host.locator('.card-heading');
      await heading.waitFor();
      // A smooth scroll takes a moment; with reduced motion it is instant.
      if (reducedMotion === 'no-preference') await page.waitForTimeout(1500);
      const inView = async (locator) => {
        const { y, height } = await locator.boundingBox();
        return y >= 0 && y + height <= phone.height;
      };
      assert.ok(await inView(heading), 'heading in view');
      assert.ok(await inView(host.locator('a[href="tel:911"]')), 'Call button in view');
      assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.classList.contains('card-heading')), true);
      await page.screenshot({ path: `${screenshotDir}/red-flag-emergency-in-view-${reducedMotion}.png` });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('screenshots of every state', () => {
  /** Each state: how to reach it from a fresh widget (label ids to click, or "continue"), and what shows it was reached. */
  const states = {
    'step-1': [[], 'fieldset'],
    error: [['continue'], '.error-summary'],
    'step-2': [['none', 'continue'], '[part="back"]'],
    'cancer-follow-up': [['none', 'continue', 'sign-cancer-history', 'continue'], '#sign-band-pain'],
    'step-3': [['none', 'continue', 'none', 'continue'], '#sign-not-easing'],
    emergency: [['sign-chest-pain'], '[part~="outcome-emergency"]'],
    'emergency-cancer': [['none', 'continue', 'sign-cancer-history', 'continue', 'sign-band-pain'], '[part~="outcome-emergency"]'],
    'infection-follow-up': [['none', 'continue', 'sign-fever', 'continue'], '#sign-trouble-walking'],
    'emergency-infection': [['none', 'continue', 'sign-fever', 'continue', 'sign-leg-numbness'], '[part~="outcome-emergency"]'],
    'emergency-collapse': [['sign-collapse'], '[part~="outcome-emergency"]'],
    urgent: [['none', 'continue', 'sign-weight-loss', 'continue'], '[part~="outcome-urgent"]'],
    'urgent-cancer': [['none', 'continue', 'sign-cancer-history', 'continue', 'none', 'continue'], '[part~="outcome-urgent"]'],
    'urgent-pregnancy': [['none', 'continue', 'sign-pregnancy-waves', 'continue'], '[part~="outcome-urgent"]'],
    soon: [['none', 'continue', 'none', 'continue', 'sign-not-easing', 'continue'], '[part~="outcome-soon"]'],
    'self-care': [['none', 'continue', 'none', 'continue', 'none', 'continue'], '[part~="outcome-self-care"]'],
  };
  /** Spanish and UK English: the lists and the outcomes whose words differ most. */
  const translated = ['step-1', 'error', 'step-2', 'emergency', 'emergency-collapse', 'urgent', 'urgent-pregnancy', 'soon', 'self-care'];
  for (const lang of ['en', 'es', 'en-GB']) {
    for (const width of [375, 1280]) {
      test(`${lang} at ${width} px`, async () => {
        for (const [name, [steps, reached]] of Object.entries(states)) {
          if (lang !== 'en' && !translated.includes(name)) continue;
          const { page, context, errors, host } = await openChecker({ lang, font: 'system-ui, sans-serif', width, height: 900 });
          for (const step of steps) {
            if (step === 'continue') await host.locator('.buttons button').click();
            else await host.locator(`label[for="${step}"]`).click();
          }
          await host.locator(reached).first().waitFor();
          await page.screenshot({ path: `${screenshotDir}/red-flag-${lang}-${name}-${width}.png`, fullPage: true });
          assert.deepEqual(errors, []);
          await context.close();
        }
      });
    }
  }
});
