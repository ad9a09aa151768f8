print(True + True, True * 10, False - 1, True / 2, True // 1, 5 + False)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(True == 1, False == 0, hash(True) == hash(1))
print(str(True), repr(False), int(True), float(False), bool("False"), bool(0.0))
print({True: "a", 1: "b"}, [True, False].count(1), sum([True, True, False]))
print(None is None, None == None, bool(None), repr(None), str(None), type(None))
def nothing():
    pass
print(nothing(), nothing() is None)
for expr in ["None < 1", "None + 1", "None[0]", "None()", "len(None)", "None.x"]:
    try:
        eval(expr)
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
