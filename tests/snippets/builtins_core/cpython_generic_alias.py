# types.GenericAlias and types.UnionType as in 3.11's genericaliasobject.c: __parameters__, substitution by [],
# unpacking (*tuple[int]), __unpacked__, pickling, dir, subclassing, union hashing (test_typing, test_types).
import types, typing, pickle, copy, collections.abc as cabc
T = typing.TypeVar('T'); S = typing.TypeVar('S'); Ts = typing.TypeVarTuple('Ts'); P = typing.ParamSpec('P')
class G(types.GenericAlias):
    def foo(self): return 1
g = G(list, (int,))
try: print(g.foo())
except AttributeError as e: print("AttributeError", e)
print(type(g), g, type(g[()]) if False else '')
print(repr(list[[int, str]]), list[[int, T]].__parameters__)
print(repr(cabc.Callable[[int], str]), type(cabc.Callable[[int], str]).__name__)
print(cabc.Callable[[T], S][int, str], cabc.Callable[P, T][[int], str])
print(list[T][int], dict[T, list[T]][str], list[T].__parameters__, dict[T, S].__parameters__)
a = tuple[int]
print(list(a), [*a], (*a,)[0].__unpacked__, repr(*a), a.__unpacked__)
print((*tuple[int, ...],)[0].__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(tuple[*Ts], tuple[*Ts].__parameters__, tuple[int, *Ts][str, float], tuple[T, *Ts][int])
print(list[int].__reduce__(), (*tuple[int],)[0].__reduce__()[0])
print(len(dir(list[int])), '__origin__' in dir(list[int]), 'append' in dir(list[int]))
for bad in ['list[int][int]', 'dict[T, int][int, str]', 'dict[T, S][int]', 'list[T][()]']:
    try: eval(bad)
    except TypeError as e: print(e)
print(hash(list[int]) == hash(list[int]), list[int] == list[int], (*tuple[int],)[0] == tuple[int], list[int] != list[str])
print(pickle.loads(pickle.dumps(list[T])), copy.deepcopy((*tuple[int],)[0]), pickle.loads(pickle.dumps((*tuple[int],)[0])))
it = iter(tuple[int]); print(it.__reduce__()[1], next(it), list(it))
print(list[int].__class__, list[int].__mro_entries__((1,)), type(iter(list[int])).__name__)
try: list[int].nosuch
except AttributeError as e: print(e)
print(list[int].append, list[int].__name__, list[int].__doc__ == list.__doc__)
print(int | T, (int | T).__parameters__, (int | list[T])[str], (T | S)[int, str], (int | str).__parameters__)
print(hash(int | str) == hash(frozenset({int, str})), (int | str) == (str | int), (int|str).__module__)
try: (int | str)[int]
except TypeError as e: print(e)
print(list[T] | None, list[int] | list[int])
x = list[int](); print(x, getattr(x, '__orig_class__', 'none'))
class Foo(typing.Generic[T]): pass
print(Foo[int]().__orig_class__)
print(type[int], type[T][int], tuple[()], tuple[()].__args__)
