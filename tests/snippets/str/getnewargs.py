print("abc".__getnewargs__(), "".__getnewargs__(), str.__getnewargs__("x"))
class S(str): pass
a = S("val").__getnewargs__()
print(a, type(a[0]).__name__)
q = S.__new__(S, *S("q").__getnewargs__())
print(q, type(q).__name__)
try:
    "x".__getnewargs__(1)
except TypeError as e:
    print(e)
