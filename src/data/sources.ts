/**
 * Every source the content rests on, as facts: ids match the project's
 * clinical reference, with the address it gives (none where it gives none;
 * never an invented one). Publisher and title are shown as written, in
 * English, and marked as English; a source that needs a word on what it is
 * (a clinic's patient page, a trial, a guideline) is `described`, and that
 * description is translated with the other words (`CommonWords.sourceDescriptions`).
 * Seed pages are named by their title only: no clinic names, no marketing.
 */

export interface Source {
  title: string;
  /** An organisation or authors, in English; seed pages have none. */
  publisher?: string;
  url?: string;
  /** Shown with a translated description of what kind of source it is. */
  described?: true;
}

const sourceTable = {
  'seed:000': { title: 'Strained back muscle treatment', described: true },
  'seed:001': { title: 'How to treat back spasms', described: true },
  'seed:002': { title: 'Back spasms', described: true },
  'seed:003': { title: 'Back muscle spasms', described: true },
  'seed:004': { title: 'What to do for back spasms', described: true },
  'S-NHS': { title: 'Back pain', publisher: 'NHS.UK', url: 'https://www.nhs.uk/conditions/back-pain/' },
  'S-NHS-SCI': { title: 'Sciatica', publisher: 'NHS.UK', url: 'https://www.nhs.uk/conditions/sciatica/' },
  'S-NHS-CES': {
    title: 'Cauda equina syndrome',
    publisher: 'NHS.UK',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  'S-NHS-AAA': {
    title: 'Abdominal aortic aneurysm',
    publisher: 'NHS.UK',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
  },
  'S-NHS-EX': { title: 'Lower back pain exercises', publisher: 'NHS.UK' },
  'S-NHS-LABOUR': { title: 'Signs that labour has begun; Premature labour and birth', publisher: 'NHS.UK' },
  'S-NHSINF': { title: 'Exercises for back pain', publisher: 'NHS inform', described: true },
  'S-NICE': {
    title: 'Low back pain and sciatica in over 16s (NG59, 2016, updated 2020)',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/ng59',
    described: true,
  },
  'S-NG234': {
    title: 'Spinal metastases and metastatic spinal cord compression (NG234, 2023)',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/ng234',
    described: true,
  },
  'S-CKS': {
    title: 'Back pain – low (without radiculopathy)',
    publisher: 'NICE Clinical Knowledge Summaries',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  'S-ACP': {
    title: 'Noninvasive treatments for acute, subacute, and chronic low back pain (Ann Intern Med 2017;166:514)',
    publisher: 'American College of Physicians (Qaseem et al.)',
    url: 'https://doi.org/10.7326/M16-2367',
    described: true,
  },
  'S-AAFP': {
    title: 'Diagnosis and treatment of acute low back pain (Am Fam Physician 2012;85:343)',
    publisher: 'American Academy of Family Physicians (Casazza)',
    url: 'https://www.aafp.org/pubs/afp/issues/2012/0215/p343.html',
  },
  'S-MAYO-WHEN': { title: 'When to see a doctor for back pain', publisher: 'Mayo Clinic' },
  'S-MAYO-EX': { title: 'Back exercises in 15 minutes a day', publisher: 'Mayo Clinic' },
  'S-MAYO-STR': { title: 'A guide to basic stretches', publisher: 'Mayo Clinic' },
  'S-CSP': { title: 'Back pain: rehabilitation exercises', publisher: 'Chartered Society of Physiotherapy' },
  'S-AAOS': { title: 'Spine conditioning program', publisher: 'AAOS OrthoInfo' },
  'S-CC': { title: 'Acute mechanical back pain; Lower back pain', publisher: 'Cleveland Clinic' },
  'S-HW': { title: 'Use heat or ice to relieve low back pain (hw47901)', publisher: 'Healthwise' },
  'S-COCH': {
    title: 'Superficial heat or cold for low back pain (CD004750, 2006)',
    publisher: 'Cochrane (French et al.)',
    url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
    described: true,
  },
  'S-KOVACS': {
    title: 'Effect of firmness of mattress on chronic non-specific low-back pain (Lancet 2003;362:1599)',
    publisher: 'Kovacs et al.',
    url: 'https://doi.org/10.1016/S0140-6736(03)14794-7',
    described: true,
  },
  // Cited in the clinical reference for the sexual-function red flag, which the
  // NHS.UK list leaves out; kept as an emergency sign by the cautious rule.
  'S-BASS': {
    title: 'Cauda equina syndrome standards (2018)',
    publisher: 'British Association of Spine Surgeons',
    described: true,
  },
  'S-NHS-CARE': {
    title: 'Care cards; Help users decide when and where to get care',
    publisher: 'NHS digital service manual',
  },
  'S-NG156': {
    title: 'Abdominal aortic aneurysm: diagnosis and management (NG156, 2020)',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/ng156',
  },
  'S-RACGP-AAA': {
    title: 'Aortic aneurysms: screening, surveillance and referral (Aust Fam Physician 2013;42:364)',
    publisher: 'RACGP (Robinson et al.)',
    url: 'https://www.racgp.org.au/afp/2013/june/aortic-aneurysms',
  },
  // No stable public address: title and publisher only.
  'S-BMJ-AAA': { title: 'Abdominal aortic aneurysm', publisher: 'BMJ Best Practice' },
  'S-RF-CES': {
    title: 'Cauda equina syndrome (patient leaflet)',
    publisher: 'Royal Free London NHS Foundation Trust',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  // The address could not be checked: title and publisher only.
  'S-MAYO-OSTEO': { title: 'Exercising with osteoporosis: Stay active the safe way', publisher: 'Mayo Clinic' },
  // The address could not be checked: title and publisher only.
  'S-ACOG-LABOR': { title: 'How to tell when labor begins', publisher: 'ACOG' },
  'S-NHS-CODEINE': { title: 'Codeine', publisher: 'NHS.UK', url: 'https://www.nhs.uk/medicines/codeine/' },
  'S-NHS-IBU': {
    title: 'Ibuprofen for adults',
    publisher: 'NHS.UK',
    url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/',
  },
  'S-NHS-PARA': {
    title: 'Paracetamol for adults',
    publisher: 'NHS.UK',
    url: 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
  },
} as const satisfies Record<string, Source>;

type SourceTable = typeof sourceTable;

export type SourceId = keyof SourceTable;

/** The sources shown with a translated word on what they are. */
export type DescribedSourceId = { [K in SourceId]: SourceTable[K] extends { described: true } ? K : never }[SourceId];

export const sources: Readonly<Record<SourceId, Source>> = sourceTable;

export const sourceIds = Object.keys(sources) as SourceId[];

export function isSourceId(id: string): id is SourceId {
  return Object.prototype.hasOwnProperty.call(sources, id);
}
