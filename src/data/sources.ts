/**
 * Every source the content rests on. Ids match the project's clinical
 * reference; seed pages are clinic patient pages, named here by their title
 * only (no clinic names, no marketing).
 */

export interface Source {
  title: string;
  publisher: string;
  url?: string;
}

const sourceTable = {
  'seed:000': { title: 'Strained back muscle treatment', publisher: 'Spine-surgery clinic patient page' },
  'seed:001': { title: 'How to treat back spasms', publisher: 'Clinic patient page' },
  'seed:002': { title: 'Back spasms', publisher: 'Orthopaedic clinic patient page' },
  'seed:003': { title: 'Back muscle spasms', publisher: 'Treatment article' },
  'seed:004': { title: 'What to do for back spasms', publisher: 'Physical therapy clinic patient page' },
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
  'S-NHSINF': { title: 'Exercises for back pain', publisher: 'NHS inform (Scotland)' },
  'S-NICE': {
    title: 'Low back pain and sciatica in over 16s (NG59, 2016, updated 2020)',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  'S-NG234': {
    title: 'Spinal metastases and metastatic spinal cord compression (NG234, 2023)',
    publisher: 'NICE',
    url: 'https://www.nice.org.uk/guidance/ng234',
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
    publisher: 'Cochrane review (French et al.)',
    url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  },
  'S-KOVACS': {
    title: 'Effect of firmness of mattress on chronic non-specific low-back pain (Lancet 2003;362:1599)',
    publisher: 'Randomised trial (Kovacs et al.)',
    url: 'https://doi.org/10.1016/S0140-6736(03)14794-7',
  },
  // Cited in the clinical reference for the sexual-function red flag, which the
  // NHS.UK list leaves out; kept as an emergency sign by the cautious rule.
  'S-BASS': {
    title: 'Cauda equina syndrome: red flags (2018)',
    publisher: 'NHS community services, quoting the British Association of Spine Surgeons',
  },
  'S-NHS-CARE': {
    title: 'Care cards; Help users decide when and where to get care',
    publisher: 'NHS digital service manual',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sourceTable;

export const sources: Readonly<Record<SourceId, Source>> = sourceTable;

export const sourceIds = Object.keys(sources) as SourceId[];

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}
