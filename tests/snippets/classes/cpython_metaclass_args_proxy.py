# A metaclass called with the wrong number of arguments gets type.__new__'s message (only type itself has
# the one-argument form), and mappingproxy asks a dict subclass's own __contains__ (test_types).
import types


class M(type):
    pass


for args in [(5,), (1, 2), (1, 2, 3, 4), ()]:
    for meta in (M, type):
        try:
            meta(*args)
        except TypeError as e:
            print(meta.__name__, len(args), e)
print(type(5))


class customdict(dict):
    def __contains__(self, key):
        if key == 'magic':
            return True
        return dict.__contains__(self, key)


view = types.MappingProxyType(customdict({'key': 'value'}))
print('key' in view, 'magic' in view, 'xxx' in view)
view = types.MappingProxyType({'key': 'value'})
print('key' in view, 'magic' in view)
