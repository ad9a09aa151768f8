import pickle, copy, operator, functools, collections
objs = [collections.deque([1, 2], 3), collections.deque("ab"), collections.defaultdict(list, a=[1]),
        functools.partial(max, 1, key=abs), operator.attrgetter("a", "b.c"), operator.itemgetter(1, 2),
        operator.methodcaller("m", 1, k=2), collections.namedtuple("P", "x y")(1, 2) if False else (1, 2),
        collections.Counter("abca"), collections.OrderedDict(a=1)]
for o in objs:
    for proto in range(0, 6):
        r = pickle.loads(pickle.dumps(o, proto))
        assert repr(r) == repr(o), (repr(r), repr(o), proto)
    print(repr(pickle.loads(pickle.dumps(o))), repr(copy.deepcopy(o)), repr(copy.copy(o)))
it = iter(collections.deque([1, 2, 3])); next(it)
print(list(pickle.loads(pickle.dumps(it))))
class D(collections.deque):
    pass
x = D([1]); x.attr = 5
y = pickle.loads(pickle.dumps(x)); print(type(y).__name__, y, y.attr)
