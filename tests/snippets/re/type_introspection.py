import re

print(sorted(dir(re.Pattern)))
print(sorted(dir(re.Match)))
print(sorted(dir(type(re.compile('a').scanner('a')))))
print(re.Pattern, re.Match, type(re.compile('').scanner('')))
print(re.Pattern.__name__, re.Pattern.__qualname__, re.Pattern.__module__, re.Match.__module__)
print(re.Pattern.__doc__, repr(re.Match.__doc__))
m = re.match('a', 'a')
print(hash(m) == hash(m), m == m, m != re.match('a', 'a'))
for cls in (re.Pattern, re.Match):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile('a').foo = 1
except AttributeError as e:
    print('AttributeError', e)
