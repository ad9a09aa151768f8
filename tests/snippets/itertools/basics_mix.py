import itertools as I
print(list(I.chain([1,2],'ab',())), list(I.chain.from_iterable(['ab','cd'])))
print(type(I.chain()), I.chain.__module__, I.repeat(5,3), I.repeat('a'), I.repeat(1,-3))
print(list(I.repeat('x',3)), I.repeat(1,4).__length_hint__())
print(list(I.starmap(pow,[(2,3),[3,2]])))
c=I.count(5); print(c, next(c), c, I.count(1.5,0.5), I.count(step=2))
print(list(I.islice('abcdefg',2)), list(I.islice('abcdefg',2,None)), list(I.islice('abcdefg',1,6,2)), list(I.islice(I.count(),3,10,3)))
print(list(I.islice(I.cycle('ab'),5)))
print(list(I.accumulate([1,2,3,4])), list(I.accumulate([1,2,3],initial=10)), list(I.accumulate([3,1,4],max)))
print(list(I.compress('abcdef',[1,0,1,0,1,1])), list(I.dropwhile(lambda x:x<3,[1,2,3,1])), list(I.takewhile(lambda x:x<3,[1,2,3,1])), list(I.filterfalse(None,[0,1,'',2])))
class C(I.chain): pass
print(list(C('ab','c')), type(C.from_iterable([])))
