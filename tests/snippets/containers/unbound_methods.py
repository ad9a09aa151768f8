# container methods called through the type with wrong self types
def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for src in ["list.__setitem__([1], 0, 5)", "dict.__setitem__({}, [], 1)", "dict.__delitem__({}, 1)", "list.__delitem__([], 0)",
            "set.add(frozenset(), 1)", "list.append((), 1)", "dict.get([], 1)", "tuple.count([], 1)", "list.append()",
            "dict.keys(None)", "set.union([1], [2])", "frozenset.union({1}, [2])", "list.__len__(())", "range.index([], 1)",
            "list.__new__(list, 1, 2)", "tuple.__new__(tuple)", "dict.__new__(dict, 1)", "set.__new__(set, 5)",
            "list.__init__([], 1, 2)", "dict.__init__({}, 1, 2)", "set.__init__(set(), 1, 2)", "list.__new__(int)",
            "dict.__new__(list)", "[1, 2, 3].__getitem__(slice(1, None))", "list.__getitem__([5, 6], -1)"]:
    t(src)
