# A tuple supplies the arguments; anything else (lists and dicts too) is one argument.
print("%s" % (1,), "%s" % ((1, 2),), "%s|%s" % (1, (2, 3)))
print("%s" % [1, 2], "%s" % {"k": 1}, "%r" % "s")
print("" % [], "" % {}, "" % (), "x" % {"unused": 1})
try:
    print("" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ())
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __index__(self):
        return 10
    def __int__(self):
        return 3
    def __float__(self):
        return 2.5
print("%d %x %o %f %c" % (Num(), Num(), Num(), Num(), Num()))
