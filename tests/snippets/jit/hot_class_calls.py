# Class calls from compiled code: __new__ then a compiled __init__ run as a frame whose result is the instance;
# keyword arguments, defaults, a __new__ returning another object, __init__ raising or returning non-None.
class V:
    def __init__(self, x, y=2, *, z=3):
        self.x = x; self.y = y; self.z = z
class W(V):
    pass
class R:
    def __init__(self): return 5
class N:
    def __new__(cls, a): return 42
class G:
    def __init__(self, a): 
        if a == 1999: raise ValueError('boom')
        self.a = a
def main():
    t = 0
    for i in range(3000):
        v = V(i, z=4); w = W(i); t += v.x + v.z + w.y
        n = N(i); t += n
        try: G(i)
        except ValueError as e: print(e, i)
        try: V()
        except TypeError as e:
            if i == 2500: print(e)
        d = dict(a=i); t += d['a']
        if i == 2999:
            try: R()
            except TypeError as e: print(e)
    print(t, type(v).__name__, type(w).__name__)
main()
