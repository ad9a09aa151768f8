def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [-2**64, -2**63 - 1, -2**63, -1, 0, 1, True, False, 2**63 - 1, 2**63, 2**64]
for a in vals:
    print(a, "".join("<" if a < b else ">" if a > b else "=" for b in vals), a <= a, a >= a, a != a)
for op in ("<", "<=", ">", ">="):
    t(op, lambda: eval("1 %s 'a'" % op))
    t(op + " none", lambda: eval("None %s 1" % op))
print(1 == "1", 1 != "1", 1 == None, (5).__lt__(6), (5).__lt__(6.5), (5).__eq__(5.0), (5).__ne__("x"))
print(sorted([3, -1, 2**70, -2**70, 0, True]), max(range(10)), min([5, 3, 9]))
