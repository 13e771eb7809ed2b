import { createStore } from 'zustand/vanilla'
import type { Connection } from '../api/transport'
import { createActivitySlice, type ActivitySlice } from './activity-slice'
import { createAnswerSlice, type AnswerSlice } from './answer-slice'
import { createAssessmentSlice, type AssessmentSlice } from './assessment-slice'
import { createAssistantSlice, type AssistantSlice } from './assistant-slice'
import { createCasesSlice, type CasesSlice } from './cases-slice'
import { createDownloadsSlice, type DownloadsSlice } from './downloads-slice'
import { createEnginesSlice, type EnginesSlice } from './engines-slice'
import { createKnowledgeSlice, type KnowledgeSlice } from './knowledge-slice'
import { createPracticeSlice, type PracticeSlice } from './practice-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createSystemSlice, type SystemSlice } from './system-slice'
import { createTicksSlice, type TicksSlice } from './ticks-slice'
import { createVllmSlice, type VllmSlice } from './vllm-slice'

/** One store of per-domain slices; it mirrors what the core reports. */
export type AppState = SystemSlice & SettingsSlice & TicksSlice & ActivitySlice & PracticeSlice & CasesSlice & AssessmentSlice & EnginesSlice & VllmSlice & DownloadsSlice & KnowledgeSlice & AssistantSlice & AnswerSlice

export function createAppStore(connection: Connection) {
  return createStore<AppState>()((...args) => ({
    ...createSystemSlice(connection)(...args),
    ...createSettingsSlice(connection)(...args),
    ...createTicksSlice(connection)(...args),
    ...createActivitySlice(connection)(...args),
    ...createPracticeSlice(connection)(...args),
    ...createCasesSlice(connection)(...args),
    ...createAssessmentSlice(connection)(...args),
    ...createEnginesSlice(connection)(...args),
    ...createVllmSlice(connection)(...args),
    ...createDownloadsSlice(connection)(...args),
    ...createKnowledgeSlice(connection)(...args),
    ...createAssistantSlice(connection)(...args),
    ...createAnswerSlice(connection)(...args)
  }))
}

export type AppStore = ReturnType<typeof createAppStore>
