# list indexing, assignment and deletion errors
l = [10, 20, 30]
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: l[3])
t(lambda: l[-4])
t(lambda: l[10**20])
t(lambda: l[-10**20])
t(lambda: l["0"])
t(lambda: l[None])
t(lambda: l[1.0])
t(lambda: l[True])
def setit(i, v):
    l[i] = v
def delit(i):
    del l[i]
t(lambda: setit(3, 0))
t(lambda: setit(-4, 0))
t(lambda: setit(10**20, 0))
t(lambda: setit("a", 0))
t(lambda: delit(3))
t(lambda: delit(-4))
t(lambda: delit(10**20))
t(lambda: delit(2.0))
t(lambda: [].pop(0))
t(lambda: [1].pop(10**20))
t(lambda: [1].pop(-2))
t(lambda: [1].insert(10**20, 5))
class I:
    def __index__(self): return 1
print(l[I()], l[I():], l[:I()])
setit(I(), 25)
delit(-1)
print(l)
x = [1, 2, 3]
x.insert(-1, "a"); x.insert(100, "end"); x.insert(-100, "start"); x.insert(0, 0)
print(x)
print(x.pop(), x.pop(0), x.pop(-2), x)
print(l.__getitem__(0), l.__len__(), l.__contains__(10), l.__iter__().__next__())
