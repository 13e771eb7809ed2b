import { z } from 'zod'
import { base } from './base'

export const languages = ['zh-CN', 'en'] as const
export const themes = ['system', 'light', 'dark'] as const

export const settingsSchema = z.object({
  language: z.enum(languages),
  theme: z.enum(themes)
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = { language: 'zh-CN', theme: 'system' }

export const settingsContract = {
  get: base.output(settingsSchema),
  update: base
    .meta({ audit: true })
    .input(settingsSchema.partial().strict())
    .output(settingsSchema)
}
