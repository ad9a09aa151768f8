# From CPython's test_set (TestSetSubclass, TestFrozenSetSubclass): `in` on a subclass instance.
class S(set):
    pass

class F(frozenset):
    pass

for cls in (S, F):
    s = cls('simsalabim')
    print(cls.__name__, 'a' in s, 'z' in s, s.__contains__('m'), set.__contains__(S('x'), 'x'))
    print(cls.__name__, frozenset('ab') in cls([frozenset('ab')]), cls('ab') in cls([frozenset('ab')]))
    print(cls.__name__, set('ab') in cls([frozenset('ab')]))
    try:
        [] in s
    except TypeError as e:
        print(cls.__name__, e)

class Counting(set):
    calls = 0
    def __contains__(self, k):
        Counting.calls += 1
        return super().__contains__(k)

c = Counting('abc')
print('a' in c, 'q' in c, Counting.calls)
