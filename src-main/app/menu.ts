import { Menu, app, dialog, type MenuItemConstructorOptions } from 'electron'
import { appVersion } from '../core/version'
import { openFolder } from './window'

type Language = 'zh-CN' | 'en'

const labels = {
  'zh-CN': { file: '文件', openData: '打开数据文件夹', quit: '退出', view: '视图', help: '帮助', about: '关于 ClinicLab', edit: '编辑' },
  en: { file: 'File', openData: 'Open data folder', quit: 'Quit', view: 'View', help: 'Help', about: 'About ClinicLab', edit: 'Edit' }
} satisfies Record<Language, Record<string, string>>

export function buildMenu(language: Language, dataDir: string, isDev: boolean): Menu {
  const text = labels[language]
  const template: MenuItemConstructorOptions[] = [
    {
      label: text.file,
      submenu: [{ label: text.openData, click: () => openFolder(dataDir) }, { type: 'separator' }, { label: text.quit, role: 'quit' }]
    },
    { label: text.edit, role: 'editMenu' },
    {
      label: text.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : [])
      ]
    },
    {
      label: text.help,
      submenu: [
        {
          label: text.about,
          click: () =>
            void dialog.showMessageBox({ type: 'info', title: 'ClinicLab', message: `ClinicLab ${appVersion}`, detail: `Electron ${process.versions.electron}\n${dataDir}` })
        }
      ]
    }
  ]
  if (process.platform === 'darwin') template.unshift({ label: app.name, role: 'appMenu' })
  return Menu.buildFromTemplate(template)
}
