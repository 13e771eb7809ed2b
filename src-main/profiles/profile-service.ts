import { randomUUID } from 'node:crypto'
import type { Profile } from '../contract/profiles'
import type { Store } from '../store/store'

export class ProfileService {
  constructor(private readonly store: Store) {}

  list(): Profile[] {
    return this.store.profiles.list()
  }

  create(input: { displayName: string; role: Profile['role'] }): Profile {
    const profile: Profile = { id: randomUUID(), displayName: input.displayName, role: input.role, createdAt: new Date().toISOString() }
    this.store.transaction('profiles.create', () => this.store.profiles.insert(profile))
    return profile
  }
}
