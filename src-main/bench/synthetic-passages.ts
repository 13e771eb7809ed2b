import { seededRandom } from '../core/seeded-random'
import type { ChunkRecord } from '../knowledge/chunk-index'

/**
 * Deterministic stand-ins for an indexed knowledge base: half Chinese, half
 * English passages of about a chunk's length, words drawn from a Zipf
 * distribution over a vocabulary (so the full-text index has the long
 * postings of common terms and the short ones of rare terms that real text
 * has), and unit vectors scattered around a few dozen topic centres (so a
 * query has true near neighbours, as it does with a real embedder).
 */

const englishSeed = `patient pain chest acute chronic fever cough blood pressure heart rate breath shortness abdominal
right left lower upper onset hours days weeks severe mild treatment dose oral intravenous antibiotic therapy diagnosis
imaging ultrasound computed tomography test level elevated normal raised infection kidney liver lung brain stroke
insulin glucose ketone sodium potassium fluid saline oxygen saturation troponin ecg aspirin heparin surgery referral
guideline recommended first line second assess monitor review emergency admission discharge follow risk score
children pregnancy elderly adults women men history examination sign symptom red flag management principle initial`
const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'ke', 'li', 'mo', 'nu', 'pa', 're', 'si', 'to', 'vu', 'xa', 'ze', 'lo', 'ri', 'ta', 'ne', 'mi', 'so', 'ku']
const hanCharacters =
  '的一是不了在有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞痛热咳嗽腹肺肝肾胃肠晕呕吐泻尿喘闷悸汗痰咽喉鼻耳皮疹痒肿胀糖脂药剂针注射诊疗症患医护术麻醉感染炎菌毒癌瘤骨折肌脉搏呼吸'

function zipfSampler(size: number, random: () => number, exponent = 1.07): () => number {
  const cumulative = new Float64Array(size)
  let sum = 0
  for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1) ** exponent
  return () => {
    const target = random() * sum
    let low = 0
    let high = size - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** Roughly normal noise: the sum of three uniforms, centred. */
const noise = (random: () => number) => random() + random() + random() - 1.5

function unit(vector: Float32Array): Float32Array {
  let sum = 0
  for (const value of vector) sum += value * value
  const norm = Math.sqrt(sum) || 1
  for (let i = 0; i < vector.length; i++) vector[i]! /= norm
  return vector
}

export class SyntheticPassages {
  readonly #random: () => number
  readonly #english: string[]
  readonly #chinese: string[]
  readonly #englishWord: () => number
  readonly #chineseWord: () => number
  readonly #centres: Float32Array[]

  constructor(
    readonly dimensions: number,
    seed = 20240611,
    topics = 64
  ) {
    this.#random = seededRandom(seed)
    const random = this.#random
    const seedWords = englishSeed.split(/\s+/)
    const made = new Set(seedWords)
    while (made.size < 8000) made.add(Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''))
    this.#english = [...made]
    const chinese = new Set<string>()
    const characters = [...hanCharacters]
    while (chinese.size < 6000) chinese.add(Array.from({ length: 2 + Math.floor(random() * 2) }, () => characters[Math.floor(random() * characters.length)]).join(''))
    this.#chinese = [...chinese]
    this.#englishWord = zipfSampler(this.#english.length, random)
    this.#chineseWord = zipfSampler(this.#chinese.length, random)
    this.#centres = Array.from({ length: topics }, () => unit(Float32Array.from({ length: dimensions }, () => noise(random))))
  }

  #sentence(chinese: boolean, words: number): string {
    if (chinese) return `${Array.from({ length: words }, () => this.#chinese[this.#chineseWord()]).join('')}。`
    const text = Array.from({ length: words }, () => this.#english[this.#englishWord()]).join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  }

  /** A vector near a random topic centre (cosine to it about 0.7). */
  vector(): Float32Array {
    const centre = this.#centres[Math.floor(this.#random() * this.#centres.length)]!
    const spread = 1 / Math.sqrt(this.dimensions)
    return unit(Float32Array.from(centre, (value) => value + noise(this.#random) * spread * 1.9))
  }

  /** Passage `index` of a synthetic document: ~170 Chinese characters or ~110 English words, as a chunk of the chunker's size holds. */
  passage(index: number): ChunkRecord {
    const chinese = index % 2 === 0
    const sentences = Array.from({ length: 6 }, () => this.#sentence(chinese, chinese ? 6 + Math.floor(this.#random() * 14) : 10 + Math.floor(this.#random() * 17)))
    const text = sentences.join(chinese ? '' : ' ')
    const heading = chinese ? `第${(index % 40) + 1}节` : `Section ${(index % 40) + 1}`
    return { docId: `doc-${Math.floor(index / 50)}`, index: index % 50, text, heading, page: null, searchText: `${heading}\n${text}`, vector: this.vector() }
  }

  /** A short question in the passages' vocabulary, alternating languages. */
  query(index: number): string {
    const chinese = index % 2 === 0
    return chinese ? this.#sentence(true, 2 + Math.floor(this.#random() * 3)) : this.#sentence(false, 3 + Math.floor(this.#random() * 4)).toLowerCase()
  }
}
