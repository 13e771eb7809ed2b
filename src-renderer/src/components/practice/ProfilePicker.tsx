import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../../src-main/contract/profiles'

interface Props {
  profiles: Profile[]
  profileId: string | null
  onChoose(profileId: string | null): void
  onCreate(displayName: string): void
}

/** Who is practising: scores go to this profile's history and the leaderboard. No passwords: profiles are local. */
export function ProfilePicker({ profiles, profileId, onChoose, onCreate }: Props) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    onCreate(name.trim())
    setName('')
  }
  return (
    <section className="panel" aria-labelledby="profile-title" data-testid="profile-picker">
      <h2 id="profile-title">{t('practice.profile')}</h2>
      <div className="row">
        <select value={profileId ?? ''} onChange={(event) => onChoose(event.target.value || null)} data-testid="profile-select" aria-label={t('practice.profile')}>
          <option value="">{t('practice.noProfile')}</option>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.displayName}
            </option>
          ))}
        </select>
        <form className="row" onSubmit={submit}>
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder={t('practice.newProfile')} maxLength={80} data-testid="profile-name" aria-label={t('practice.newProfile')} />
          <button type="submit" className="secondary" disabled={!name.trim()} data-testid="profile-create">
            {t('practice.createProfile')}
          </button>
        </form>
      </div>
      {!profileId && <p className="help">{t('practice.profileHelp')}</p>}
    </section>
  )
}
