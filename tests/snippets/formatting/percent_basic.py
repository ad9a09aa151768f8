# printf-style: %s %r %a %d %i %u and %%.
print("%s|%r|%a|%d|%i|%u|%%" % ("é", "é", "é", 42, -42, 7))
print("%s and %s" % ("this", "that"))
print("%s" % "single", "%s" % 5, "%r" % 1.5, "%s" % None)
print("%d%%" % 50, "100%%" % (), "%%s" % ())
print("%d %i %u" % (3.99, -3.99, True), "%d" % 10**30)
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%s %s" % ([1, 2], (3,)), "%r" % ("q",))
