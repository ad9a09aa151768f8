# Instances of classes whose __slots__ leave out __weakref__ cannot be weakly referenced.
from _weakref import ref


class NoWeak:
    __slots__ = ('a',)


class WithWeak:
    __slots__ = ('a', '__weakref__')


class Sub(NoWeak):
    pass


class Plain:
    pass


for cls in (NoWeak, WithWeak, Sub, Plain):
    try:
        o = cls()
        r = ref(o)
        print(cls.__name__, 'ok', r() is o)
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
w = WithWeak()
print(w.__weakref__)
r = ref(w)
print(w.__weakref__ is r)
print(hasattr(NoWeak(), '__weakref__'), '__weakref__' in WithWeak.__dict__, '__weakref__' in Sub.__dict__)
p = Plain()
print(p.__weakref__, type(Plain.__weakref__).__name__)
r1 = ref(p, lambda r: None)
print(p.__weakref__ is r1)
r0 = ref(p)
print(p.__weakref__ is r0)
