/// A value with children of its own kind: a list item and its sub-items.
public protocol TreeNode {
  var children: [Self] { get }
}

extension Array where Element: TreeNode {
  /// Every node of the trees, each before its children: what a rule reads when it needs every
  /// item, nested ones included.
  public var flattened: [Element] {
    var out: [Element] = []
    var stack: [Element] = reversed()
    while let e = stack.popLast() {
      out.append(e)
      stack.append(contentsOf: e.children.reversed())
    }
    return out
  }
}
