import { describe, expect, it } from 'vitest'
import { SlotQueue } from './slot-queue'

describe('SlotQueue', () => {
  it('serves waiters in arrival order and refuses callers past the waiting limit', async () => {
    const queue = new SlotQueue(1, 2)
    const order: string[] = []
    const first = await queue.acquire()
    const second = queue.acquire().then((release) => (order.push('second'), release))
    const third = queue.acquire().then((release) => (order.push('third'), release))
    await expect(queue.acquire()).rejects.toMatchObject({ code: 'ENGINE_BUSY' })
    expect(queue.waiting).toBe(2)
    first()
    ;(await second)()
    ;(await third)()
    expect(order).toEqual(['second', 'third'])
    expect(queue.running).toBe(0)
  })

  it('drops a waiter whose signal aborts, without taking a slot', async () => {
    const queue = new SlotQueue(1, 4)
    const held = await queue.acquire()
    const controller = new AbortController()
    const waiting = queue.acquire(controller.signal)
    controller.abort(new Error('cancelled'))
    await expect(waiting).rejects.toThrow('cancelled')
    expect(queue.waiting).toBe(0)
    held()
    const again = await queue.acquire()
    expect(queue.running).toBe(1)
    again()
  })
})
