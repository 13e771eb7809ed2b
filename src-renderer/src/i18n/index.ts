import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { zhCN } from './zh-CN'

export type Language = 'zh-CN' | 'en'

/** zh-CN first; English fully supported. Resources are bundled: no network. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnObjects: true
  })
  return instance
}
