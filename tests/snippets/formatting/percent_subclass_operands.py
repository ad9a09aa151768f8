# str % x only when the left operand is a str; a right operand's __rmod__ wins if it is a str subclass.
class S(str):
    def __rmod__(self, other):
        return "S.__rmod__(" + repr(other) + ")"

print("%s" % S("x"))
print(S("%s!") % 5, type(S("%s!") % 5).__name__)
class Other:
    def __rmod__(self, other):
        return "Other.__rmod__"
print("%s" % Other() != "Other.__rmod__")
try:
    5 % "x"
except TypeError as e:
    print("TypeError:", e)
print(str.__mod__("%d-%d", (1, 2)), str.__rmod__("%d", 9))
