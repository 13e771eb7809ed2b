import { z } from 'zod'
import { base } from './base'

export const profileRoles = ['student', 'instructor', 'clinician', 'developer'] as const

export const profileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(profileRoles),
  createdAt: z.iso.datetime()
})
export type Profile = z.infer<typeof profileSchema>

export const createProfileInputSchema = z.object({
  displayName: z.string().trim().min(1).max(80),
  role: z.enum(profileRoles)
})

export const profilesContract = {
  list: base.output(z.array(profileSchema)),
  create: base.meta({ audit: true }).input(createProfileInputSchema).output(profileSchema)
}
