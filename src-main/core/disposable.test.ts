import { describe, expect, it } from 'vitest'
import { Disposable } from './disposable'
import { DisposedError } from './errors'

describe('Disposable', () => {
  it('disposes children in reverse order, once, and waits for async children', async () => {
    const order: string[] = []
    const root = new Disposable('root')
    root.onDispose(() => void order.push('first'))
    root.onDispose(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      order.push('second (slow)')
    })
    const child = root.register(new Disposable('child'))
    child.onDispose(() => void order.push('grandchild'))
    await Promise.all([root.dispose(), root.dispose()])
    expect(order).toEqual(['grandchild', 'second (slow)', 'first'])
    expect(child.isDisposed).toBe(true)
  })

  it('refuses registration after disposal', async () => {
    const root = new Disposable('the thing')
    await root[Symbol.asyncDispose]()
    expect(() => root.onDispose(() => {})).toThrow(DisposedError)
    expect(() => root.onDispose(() => {})).toThrow('the thing has been shut down')
  })

  it('keeps disposing after a child fails, then reports every failure', async () => {
    const root = new Disposable('root')
    let reached = false
    root.onDispose(() => void (reached = true))
    root.onDispose(() => {
      throw new Error('a')
    })
    root.onDispose(() => {
      throw new Error('b')
    })
    await expect(root.dispose()).rejects.toThrow(AggregateError)
    expect(reached).toBe(true)
  })
})
