import { DisposedError } from './errors'

export interface AsyncDisposableLike {
  dispose(): void | Promise<void>
}

/**
 * A node in the lifetime tree: it owns children, disposes them in reverse
 * order of registration, and refuses use once disposed.
 */
export class Disposable implements AsyncDisposable {
  #children: AsyncDisposableLike[] = []
  #disposing: Promise<void> | null = null

  constructor(protected readonly label: string) {}

  get isDisposed(): boolean {
    return this.#disposing !== null
  }

  register<T extends AsyncDisposableLike>(child: T): T {
    this.assertAlive()
    this.#children.push(child)
    return child
  }

  /** Registers a plain callback as a child. */
  onDispose(callback: () => void | Promise<void>): void {
    this.register({ dispose: callback })
  }

  protected assertAlive(): void {
    if (this.isDisposed) throw new DisposedError(this.label)
  }

  /** Idempotent: a second call waits for the first to finish. */
  dispose(): Promise<void> {
    this.#disposing ??= this.#disposeChildren()
    return this.#disposing
  }

  async #disposeChildren(): Promise<void> {
    const failures: unknown[] = []
    for (const child of this.#children.reverse()) {
      try {
        await child.dispose()
      } catch (error) {
        failures.push(error)
      }
    }
    this.#children = []
    if (failures.length === 1) throw failures[0]
    if (failures.length > 1) throw new AggregateError(failures, `${this.label}: ${failures.length} children failed to dispose`)
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.dispose()
  }
}
