# recursive tree traversal with yield from
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1", Node("deep"))))
print(list(tree))
for depth, value in tree.depth_first():
    print("  " * depth + value)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6]]])))
