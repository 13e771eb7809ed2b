import type { Migration } from '../migration'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-case-packs'
import { migration0003 } from './0003-patient-sessions'
import { migration0004 } from './0004-assessment'
import { migration0005 } from './0005-engine-roles'
import { migration0006 } from './0006-knowledge-assistant'

/** Every migration in order; the last version is the schema this build writes. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006]
