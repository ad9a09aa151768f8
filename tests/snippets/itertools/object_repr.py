import itertools as I
class S(I.chain):
    pass
class T(I.islice):
    def __repr__(self):
        return 'T!'
objs = [I.chain(), I.groupby('a'), next(I.groupby('a'))[1], I.tee('a')[0], S(), I.zip_longest(), I.product(),
        I.permutations('a'), I.cycle('a'), I.repeat(1), I.count(), T('a', 1)]
for o in objs:
    print(repr(o).split(' at 0x')[0], str(o).split(' at 0x')[0] == repr(o).split(' at 0x')[0])
