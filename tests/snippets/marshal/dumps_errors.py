import marshal
class C: pass
class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
for v in (object(), C(), C, len, MyInt(3), MyStr("s"), MyList(), [1, object()], {"k": C()}, (1, (2, print)), range(3), slice(1), NotImplemented):
    try:
        marshal.dumps(v)
        print("ok?", type(v).__name__)
    except ValueError as e:
        print(type(v).__name__, "ValueError", e)
deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print("ValueError", e)
ok = []
for i in range(1990):
    ok = [ok]
print(len(marshal.dumps(ok)))
