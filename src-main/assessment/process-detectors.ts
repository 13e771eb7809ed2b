import type { ProcessDetector } from '../cases/checklist-schema'
import { normalizeText } from '../patient/normalize'

export interface StudentTurn {
  /** 1-based position among the student's questions. */
  turn: number
  messageId: number
  text: string
}

export interface Detection {
  turn: number
  messageId: number
  quote: string
}

interface Rule {
  patterns: RegExp[]
  /** Where in the consultation the phrase counts (share of the student's turns, 0–1, inclusive). */
  within?: (turn: number, total: number) => boolean
}

const anywhere = () => true
const opening = (turn: number) => turn <= 5
const closingThird = (turn: number, total: number) => total <= 3 || turn > (total * 2) / 3

/**
 * Phrases that reliably mark a communication step, in both languages. They
 * are deliberately narrow: a missed detection costs the student a point the
 * critique can still give back; a false one would teach the wrong habit.
 */
const rules: Record<ProcessDetector, Rule[]> = {
  introduce: [
    {
      patterns: [/我是.{0,12}(医生|大夫|医师|实习生|规培)/, /我(姓|叫).{1,4}(医生|大夫)/, /(接诊|主治|管床|值班)(医生|大夫)/, /\b(i am|i'm)\s+(dr\b|doctor\b|a (medical )?student|the (doctor|physician|student)|your (doctor|physician))/, /\bmy name is\b/],
      within: opening
    }
  ],
  'confirm-identity': [
    {
      patterns: [/(叫什么名字|您的姓名|你的姓名|贵姓|全名|名字是)/, /(多大(年纪|年龄|了)|年龄|几岁|出生(日期|年月))/, /(your (full )?name|date of birth|how old are you|your age|confirm (your|who))/],
      within: opening
    }
  ],
  'open-question': [
    {
      patterns: [
        /(哪里|哪儿|什么地方|什么)(不舒服|不好|问题|情况|事)/,
        /怎么(了|不舒服)/,
        /有什么(可以|需要)(帮|为)/,
        /(说说|讲讲|谈谈|描述一下|介绍一下)/,
        /(来|看)(医院|病|门诊|急诊).{0,8}(原因|为什么|什么事)/,
        /因为什么(来|不舒服)/,
        /\b(what brings you|how can i help|what can i do for you|tell me (about|more)|what('s| is| has been) (the problem|bothering|going on|troubling)|describe)\b/
      ],
      within: opening
    }
  ],
  'ideas-concerns-expectations': [
    {
      patterns: [
        /(您|你)(自己)?(觉得|认为|想).{0,8}(什么原因|怎么回事|是什么(病|问题)|什么引起|为什么会)/,
        /(有什么|有没有)(想法|看法|顾虑|担心)/,
        /(担心|顾虑|忧虑|害怕)(什么|的是|吗)/,
        /(希望|期望|想要|期待).{0,10}(我们|医生|帮|解决|做什么|怎么)/,
        /\b(what do you think (is|it is|might|could|caused)|any (ideas?|thoughts) (about|on|what)|worr(ied|y|ies)|concern(ed|s)?\b|what (were|are) you hoping|expect(ing|ations?)|what would you like (us|me) to)/
      ]
    }
  ],
  summarise: [
    {
      patterns: [
        /(总结|归纳|复述|梳理|整理)一下/,
        /(我|咱们|我们)(来)?(总结|归纳|复述|梳理)/,
        /.{20,}(对吗|是吗|对不对|是不是|没错吧)[？?。]?$/,
        /\b(summar|to recap|let me (make sure|check) i('ve| have) (got|understood)|if i (understand|have understood) (you )?correctly|so to sum up)/
      ]
    }
  ],
  'anything-else': [
    { patterns: [/(有没有|还有(没有)?)(什么|其他|别的)?.{0,4}(要|需要|想)?(补充|遗漏)/, /还有(没有)?(什么|别的|其他)(想问|问题要问|要问|要说|想说|想告诉)/, /\b(anything else|something else|any other (concerns|questions|worries)|have i missed|is there anything (more|you'?d like))\b/] },
    { patterns: [/还有(没有)?(什么|其他|别的)(不舒服|问题|症状|情况)/], within: closingThird }
  ],
  'next-steps': [
    {
      patterns: [
        /(接下来|下一步|下面)(会|要|我们|咱们|给|为|先|再)/,
        /(给|为|帮)(您|你)(做|安排|进行|开|查).{0,8}(检查|化验|体格|查体|治疗|药|体检)/,
        /(需要|要|先|还需要)(做|进行|测|查).{0,8}(检查|化验|血压|体检|心电图|血常规|查体)/,
        /(咱们|我们)?(先|再)(给(您|你))?(检查|查体|做(个|些|一下)?检查)/,
        /\b(next,? (we|i)|(we|i)('ll| will| would like to| need to| want to) (do|run|order|arrange|examine|check|take|start)|the plan (is|will)|(going|gonna) to (examine|order|run|arrange|check))\b/
      ],
      within: closingThird
    }
  ]
}

/** The first turn where a detector fires, with the student's words as evidence; null when it never does. */
export function detectProcess(detector: ProcessDetector, turns: readonly StudentTurn[]): Detection | null {
  const total = turns.length
  for (const turn of turns) {
    const text = normalizeText(turn.text)
    for (const rule of rules[detector]) {
      if ((rule.within ?? anywhere)(turn.turn, total) && rule.patterns.some((pattern) => pattern.test(text))) {
        return { turn: turn.turn, messageId: turn.messageId, quote: turn.text }
      }
    }
  }
  return null
}
