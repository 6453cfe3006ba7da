/// A value with children of its own kind: a list item and its sub-items.
public protocol TreeNode {
  var children: [Self] { get }
}

extension Array where Element: TreeNode {
  /// Every node of the trees, each before its children: what a rule reads when it needs every
  /// item, nested ones included.
  public var flattened: [Element] { nodes { _ in true } }

  /// The nodes of the trees that `keep` keeps, each before its children (which are walked
  /// whether or not their parent is kept). A stack of sibling arrays and positions, not of
  /// nodes: each node is copied once, into the result, and no tree depth can exhaust the stack.
  func nodes(where keep: (Element) -> Bool) -> [Element] {
    var out: [Element] = []
    var stack: [(nodes: [Element], next: Int)] = [(self, 0)]
    while let top = stack.indices.last {
      let i = stack[top].next
      guard i < stack[top].nodes.count else {
        stack.removeLast()
        continue
      }
      stack[top].next += 1
      if keep(stack[top].nodes[i]) { out.append(stack[top].nodes[i]) }
      let children = stack[top].nodes[i].children
      if !children.isEmpty { stack.append((children, 0)) }
    }
    return out
  }
}
