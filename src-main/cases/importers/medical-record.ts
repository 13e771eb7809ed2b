import type { CaseInput } from '../case-schema'
import { CaseBuilder, parseDemographics } from './case-builder'
import { splitLabelled, splitNumbered, splitStatements } from './sentences'

type Json = Record<string, unknown>

/** Body systems a 查体 paragraph is split into, each ordered as one exam. */
const examGroups: { name: string; synonyms: string[]; pattern: RegExp }[] = [
  { name: '生命体征', synonyms: ['体温', '血压', '脉搏', '呼吸频率', 'vital signs', 'vitals'], pattern: /(?:^|[^a-z])(?:T|P|R|BP)\s*[:：]?\s*\d|体温|血压|脉搏|呼吸\s*\d|mmHg|次\/分.*次\/分/iu },
  { name: '一般情况', synonyms: ['一般状况', '神志', 'general appearance'], pattern: /神志|神清|发育|营养|面容|精神|体位|步态|皮肤|黏膜|淋巴结/u },
  { name: '头颈部检查', synonyms: ['颈部', '甲状腺', '眼', '口唇', 'head and neck', 'thyroid'], pattern: /头颅|眼|瞳孔|巩膜|结膜|口唇|咽|扁桃体|颈|甲状腺|气管|伸舌|口角/u },
  { name: '肺部查体', synonyms: ['肺部', '听诊肺', '呼吸音', 'lung exam', 'respiratory exam', 'chest'], pattern: /胸廓|肺|呼吸音|啰音|语颤|叩诊呈清音|哮鸣/u },
  { name: '心脏查体', synonyms: ['心脏', '听诊心脏', '心音', 'cardiac exam', 'heart'], pattern: /心界|心尖|心率|心律|心音|杂音|心前区|奔马律/u },
  { name: '腹部查体', synonyms: ['腹部', '腹部触诊', 'abdominal exam', 'abdomen'], pattern: /腹|肝|脾|胆囊|墨菲|Murphy|肠鸣音|移动性浊音|肾区|麦氏/iu },
  { name: '四肢及神经系统查体', synonyms: ['神经系统', '四肢', '肌力', '下肢水肿', 'neuro exam', 'limbs'], pattern: /四肢|下肢|上肢|水肿|浮肿|肌力|肌张力|病理征|反射|脊柱|关节|腰椎|巴氏|脑膜刺激/u }
]

function splitExamination(builder: CaseBuilder, text: string): void {
  const grouped = new Map<string, string[]>()
  for (const statement of splitStatements(text)) {
    const group = examGroups.find((candidate) => candidate.pattern.test(statement))?.name ?? '其他查体'
    grouped.set(group, [...(grouped.get(group) ?? []), statement])
  }
  for (const [name, statements] of grouped) {
    builder.addCatalogueItem('exam', name, statements.join('；'), examGroups.find((group) => group.name === name)?.synonyms ?? ['查体', '体格检查'])
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** The headings of a record, wherever the file keeps them. */
function headings(record: Json): Json {
  for (const key of ['raw_medical_record', 'medical_record', 'record']) {
    const value = record[key]
    if (value && typeof value === 'object' && '主诉' in (value as Json)) return value as Json
  }
  return record
}

/** A Chinese structured medical record (一般资料/主诉/现病史/既往史/查体/辅助检查/诊断…). */
export function importMedicalRecord(record: Json, index: number, file: string): CaseInput {
  const sections = headings(record)
  const builder = new CaseBuilder('zh')
  builder.addSection('chief-complaint', text(sections['主诉']))
  builder.addSection('present-illness', text(sections['现病史']))
  builder.addSection('past-history', text(sections['既往史']))
  builder.addSection('personal', text(sections['个人史']))
  builder.addSection('menstrual-reproductive', text(sections['月经史']) || text(sections['婚育史']))
  builder.addSection('family', text(sections['家族史']))
  builder.addSection('review-of-systems', text(sections['系统回顾']))

  const examination = text(sections['查体']) || text(sections['体格检查'])
  if (examination) splitExamination(builder, examination)
  const investigations = text(sections['辅助检查'])
  if (investigations) {
    const labelled = splitLabelled(investigations)
    if (labelled.length === 0) builder.addCatalogueItem('test', '辅助检查', investigations, ['检查结果'])
    for (const [name, result] of labelled) builder.addCatalogueItem('test', name, result)
  }

  const finalDiagnosis = text(sections['诊断结果']) || text(sections['初步诊断']) || text(record.diseases) || '未注明'
  const [mainDiagnosis = finalDiagnosis, ...otherDiagnoses] = splitNumbered(finalDiagnosis)
  const differentials = splitStatements(text(sections['鉴别诊断']))
    .map((statement) => /^([^：:，,。]{2,20})[：:]/u.exec(statement)?.[1]?.trim())
    .filter((name): name is string => Boolean(name))

  const mapped = new Set(['主诉', '现病史', '既往史', '个人史', '月经史', '婚育史', '家族史', '系统回顾', '查体', '体格检查', '辅助检查', '一般资料', '分析总结'])
  for (const [key, value] of Object.entries(sections)) if (!mapped.has(key)) builder.note(key, value)
  if (otherDiagnoses.length) builder.note('其他诊断', otherDiagnoses.join('；'))
  const persona = text(record.profile)
  if (persona) builder.note('profile', record.profile)
  // Every other field of the record is kept; the rewritten copies of the record itself are not repeated.
  if (sections !== record) {
    for (const [key, value] of Object.entries(record)) {
      if (!['raw_medical_record', 'medical_record', 'reformed_text_medical_record', 'record', 'profile'].includes(key)) builder.note(key, value)
    }
  }

  const general = text(sections['一般资料'])
  const occupation = /职业[:：]\s*(\S+)/u.exec(general)?.[1] ?? general.split(/[，,]/u)[2]?.trim()
  const speech = /<说法方式>\s*([^<]+)/u.exec(persona)?.[1]?.trim()
  // The record's own title often names the diagnosis; the picker shows the presenting complaint instead.
  const title = text(sections['主诉']).replace(/[。.]$/u, '') || `病例 ${index + 1}`
  const department = text(record.department).split(/\s+/u).pop()?.replace(/病例$/u, '') || '综合'
  const summary = text(sections['分析总结'])
  return builder.build(
    {
      id: `record-${String(record.id ?? index + 1).replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      title: builder.localized(title),
      specialty: department,
      patient: {
        ...parseDemographics(general),
        ...(occupation && !/岁|男|女/u.test(occupation) ? { occupation: builder.localized(occupation) } : {})
      },
      persona: speech ? { speechStyle: builder.localized(speech) } : {},
      source: { format: 'medical-record-zh', file, index }
    },
    {
      diagnosis: builder.diagnosis(mainDiagnosis, text(record.diseases) ? [text(record.diseases)] : []),
      differentials: differentials.map((name) => builder.diagnosis(name)),
      ...(summary ? { teachingNotes: builder.localized(summary) } : {})
    }
  )
}
