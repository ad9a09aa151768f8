# which mutations during a sort CPython reports as "list modified during sort"
def run(label, mutate):
    l = [3, 1, 2]
    calls = [0]
    def key(x):
        if calls[0] == 0:
            mutate(l)
        calls[0] += 1
        return x
    try:
        l.sort(key=key)
        print(label, "ok", l)
    except ValueError as e:
        print(label, e, l)
run("append", lambda l: l.append(9))
run("append+clear", lambda l: (l.append(9), l.clear()))
run("clear", lambda l: l.clear())
run("extend-empty", lambda l: l.extend([]))
run("extend", lambda l: l.extend([7]))
run("slice-empty", lambda l: l.__setitem__(slice(None), []))
run("insert+pop", lambda l: (l.insert(0, 1), l.pop()))
run("reverse", lambda l: l.reverse())
run("sort", lambda l: l.sort())
run("del-all", lambda l: l.__delitem__(slice(None)))
run("iadd", lambda l: l.__iadd__([5]))
run("imul", lambda l: l.__imul__(3))
