def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("=="), s.rpartition("=="))
print(s.partition("key"), s.rpartition("more"))
print("".partition("x"), "".rpartition("x"))
print("a😀b😀c".partition("😀"), "a😀b😀c".rpartition("😀"))
t(lambda: s.partition(""))
t(lambda: s.rpartition(""))
t(lambda: s.partition(1))
t(lambda: s.rpartition(None))
t(lambda: s.partition())
t(lambda: s.partition("a", "b"))
class S(str): pass
for part in S("a=b").partition("="):
    print(type(part).__name__, repr(part))
for part in S("ab").partition("="):
    print(type(part).__name__, repr(part))
