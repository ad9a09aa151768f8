import operator as o
tests = ["o.add(1)", "o.add(1, b=2)", "o.neg()", "o.neg(1, 2)", "o.truth()", "o.index()", "o.is_(1)", "o.not_(1, 2)",
         "o.length_hint()", "o.length_hint(1, 'a')", "o.length_hint([], 2, 3)", "o.setitem(1, 2)", "o.attrgetter()",
         "o.attrgetter(1)", "o.itemgetter()", "o.methodcaller()", "o.methodcaller(1)", "o.call()",
         "o.attrgetter('a', x=1)", "o.itemgetter(1, x=1)", "o.pow(1)", "o.ipow(1)", "o.length_hint(x=1)", "o.abs(x=1)",
         "o.index(1.0)", "o.index('1')", "o.attrgetter('a')(1, 2)", "o.attrgetter('a')()", "o.attrgetter('a')(x=1)",
         "o.itemgetter(1)()", "o.methodcaller('a')()", "o.methodcaller(name='a')", "o.neg('s')", "o.inv(1.5)",
         "o.add([], 1)", "o.mul('a', 'b')", "o.truediv(1, 0)", "o.pow(0, -1)", "o.lshift(1, -1)", "o.mod('%d', ())"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
