import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../store/hooks'
import { formatBytes } from './format'

/** What this machine offers, and which Qwen3 builds fit it. */
export function HardwarePanel() {
  const { t } = useTranslation()
  const hardware = useAppStore((state) => state.hardware)
  return (
    <section className="panel" aria-labelledby="hardware-title" data-testid="hardware">
      <h2 id="hardware-title">{t('engines.hardware')}</h2>
      {!hardware ? (
        <p className="muted">{t('engines.probing')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('engines.cpu')}</dt>
            <dd>{hardware.cpu}</dd>
            <dt>{t('engines.cores')}</dt>
            <dd>{t('engines.coresValue', { logical: hardware.logicalCores, math: hardware.mathCores ?? '?' })}</dd>
            <dt>{t('engines.ram')}</dt>
            <dd>{t('engines.ramValue', { total: formatBytes(hardware.ramTotalBytes), free: formatBytes(hardware.ramFreeBytes) })}</dd>
            <dt>{t('engines.gpu')}</dt>
            <dd data-testid="hardware-gpu">
              {hardware.gpu.backend === false ? t('engines.noGpu') : `${hardware.gpu.backend}: ${hardware.gpu.devices.join(', ')}${hardware.gpu.vramTotalBytes ? ` · ${formatBytes(hardware.gpu.vramTotalBytes)}` : ''}`}
            </dd>
            {hardware.nvidiaSmi && (
              <>
                <dt>nvidia-smi</dt>
                <dd>{hardware.nvidiaSmi.map((gpu) => `${gpu.name} ${gpu.memoryTotalMiB} MiB (driver ${gpu.driver})`).join('; ')}</dd>
              </>
            )}
            {hardware.wsl && (
              <>
                <dt>WSL</dt>
                <dd>{hardware.wsl.available ? hardware.wsl.distros.join(', ') || t('engines.wslNoDistro') : t('engines.wslMissing')}</dd>
              </>
            )}
          </dl>
          <table className="data-table" data-testid="recommendations">
            <thead>
              <tr>
                <th>{t('engines.recModel')}</th>
                <th>{t('engines.quantization')}</th>
                <th>{t('engines.size')}</th>
                <th>{t('engines.recFits')}</th>
              </tr>
            </thead>
            <tbody>
              {hardware.recommendations.map((row) => (
                <tr key={`${row.model}-${row.quantization}`} className={`fits-${row.fits}`}>
                  <td>{row.model}</td>
                  <td>{row.quantization}</td>
                  <td>≈ {row.sizeGiB} GiB</td>
                  <td>
                    {t(`engines.fits.${row.fits}`)} <span className="muted">{row.note}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{hardware.vllmAdvice}</p>
        </>
      )}
    </section>
  )
}
