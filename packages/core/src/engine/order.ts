/** A dependency cycle among remedies: content that can never be carried out. */
export class DependencyCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`remedies depend on each other in a cycle: ${cycle.join(' → ')}`)
    this.name = 'DependencyCycleError'
  }
}

export interface Node {
  id: string
  after: readonly string[]
}

/**
 * Orders nodes so each comes after everything in its `after` list, keeping content order
 * wherever dependencies allow (so the plan reads the way the author wrote it).
 * Unknown ids in `after` are ignored here; the content validator reports them.
 */
export function dependencyOrder<T extends Node>(nodes: readonly T[]): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const state = new Map<string, 'visiting' | 'done'>()
  const out: T[] = []
  const visit = (node: T, trail: string[]): void => {
    const s = state.get(node.id)
    if (s === 'done') return
    if (s === 'visiting') throw new DependencyCycleError([...trail.slice(trail.indexOf(node.id)), node.id])
    state.set(node.id, 'visiting')
    for (const dep of node.after) {
      const target = byId.get(dep)
      if (target) visit(target, [...trail, node.id])
    }
    state.set(node.id, 'done')
    out.push(node)
  }
  for (const node of nodes) visit(node, [])
  return out
}

/** The first cycle among the nodes, or null. */
export function findCycle(nodes: readonly Node[]): string[] | null {
  try {
    dependencyOrder(nodes)
    return null
  } catch (e) {
    if (e instanceof DependencyCycleError) return e.cycle
    throw e
  }
}
