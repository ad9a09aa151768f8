def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: "%s %r %a" % ("é", "é", "é"))
t(lambda: "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
t(lambda: "%d %i %x %X %o %e %f %g %c %%" % (1, 2, 255, 255, 8, 1.5, 2.5, 3.5, 65))
t(lambda: "%(a)s %(b)d" % {"a": 1, "b": 2})
t(lambda: "%c" % "😀")
t(lambda: "%c" % 0x1f600)
t(lambda: "%s" % ())
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "%d" % "x")
t(lambda: "%z" % 1)
t(lambda: "%c" % "ab")
t(lambda: "%c" % -1)
t(lambda: "%(a)s" % 1)
t(lambda: "%s" % [1, 2])
t(lambda: "a".__mod__(1))
t(lambda: "a".__rmod__("x"))
t(lambda: "%s".__mod__("x"))
t(lambda: "%*d|%-*d" % (5, 1, 4, 2))
t(lambda: "%.*f" % (2, 3.14159))
