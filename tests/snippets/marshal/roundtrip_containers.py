import marshal
values = [(), (1, (2, 3)), [], [1, [2, [3]]], {}, {"a": [1, {"b": (2,)}]}, {1, 2}, frozenset({3, 4}),
          [set(), frozenset(), {}, [], ()]]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    print(repr(v), r == v, type(r).__name__)
nested = [[[[[[[[[[1]]]]]]]]]]
print(marshal.loads(marshal.dumps(nested)) == nested)
