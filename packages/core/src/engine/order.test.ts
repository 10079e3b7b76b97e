import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dependencyOrder, DependencyCycleError, findCycle } from './order'

describe('dependencyOrder', () => {
  it('puts each remedy after the ones it needs, else keeps content order', () => {
    const order = dependencyOrder([
      { id: 'unbind', after: ['withdraw'] },
      { id: 'logout', after: [] },
      { id: 'withdraw', after: ['redeem'] },
      { id: 'redeem', after: [] },
    ])
    expect(order.map((n) => n.id)).toEqual(['redeem', 'withdraw', 'unbind', 'logout'])
  })

  it('rejects a cycle and names it', () => {
    const nodes = [
      { id: 'a', after: ['c'] },
      { id: 'b', after: ['a'] },
      { id: 'c', after: ['b'] },
    ]
    expect(() => dependencyOrder(nodes)).toThrow(DependencyCycleError)
    expect(findCycle(nodes)).toEqual(['a', 'c', 'b', 'a'])
    expect(findCycle([{ id: 'a', after: ['a'] }])).toEqual(['a', 'a'])
  })

  it('always respects dependencies of any acyclic graph', () => {
    // Edges only point to earlier ids, so the graph is acyclic; ids are then shuffled.
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc
        .tuple(
          fc.array(fc.array(fc.nat(n - 1), { maxLength: 3 }), { minLength: n, maxLength: n }),
          fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        )
        .map(([deps, perm]) =>
          perm.map((i) => ({ id: `n${i}`, after: deps[i]!.filter((d) => d < i).map((d) => `n${d}`) })),
        ),
    )
    fc.assert(
      fc.property(graph, (nodes) => {
        const position = new Map(dependencyOrder(nodes).map((n, i) => [n.id, i]))
        expect(position.size).toBe(nodes.length)
        return nodes.every((n) => n.after.every((d) => position.get(d)! < position.get(n.id)!))
      }),
    )
  })
})
