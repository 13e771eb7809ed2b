import { cpus, freemem, totalmem } from 'node:os'
import { appVersion } from '../core/version'
import type { GpuReport } from '../system/gpu-probe'

export { probeGpu } from '../system/gpu-probe'

export interface DoctorReport {
  app: string
  node: string
  platform: string
  cpu: string
  logicalCores: number
  ramTotalBytes: number
  ramFreeBytes: number
  dataDir: string
  databaseFile: string | null
  schemaVersion: number | null
  gpu: GpuReport
}

export function systemFacts(): Omit<DoctorReport, 'dataDir' | 'databaseFile' | 'schemaVersion' | 'gpu'> {
  return {
    app: appVersion,
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    logicalCores: cpus().length,
    ramTotalBytes: totalmem(),
    ramFreeBytes: freemem()
  }
}

export function formatDoctor(report: DoctorReport): string {
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`
  const gpu = report.gpu
  const gpuLine = gpu.error
    ? `unavailable (${gpu.error})`
    : gpu.backend === false
      ? 'none (CPU only)'
      : `${gpu.backend}: ${gpu.devices.join(', ') || 'unnamed device'}${gpu.vramTotalBytes ? `, ${gib(gpu.vramTotalBytes)} VRAM` : ''}`
  return [
    `ClinicLab        ${report.app}`,
    `Node             ${report.node}`,
    `Platform         ${report.platform}`,
    `CPU              ${report.cpu}`,
    `Cores            ${report.logicalCores} logical${gpu.cpuMathCores ? `, ${gpu.cpuMathCores} for math (node-llama-cpp)` : ''}`,
    `RAM              ${gib(report.ramTotalBytes)} total, ${gib(report.ramFreeBytes)} free`,
    `GPU              ${gpuLine}`,
    `node-llama-cpp   ${gpu.engineVersion ?? 'not installed'}`,
    `Data folder      ${report.dataDir}`,
    `Database         ${report.databaseFile ? `${report.databaseFile} (schema ${report.schemaVersion})` : 'not created yet'}`
  ].join('\n')
}
