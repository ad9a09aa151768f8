import re, copy

a = re.compile('a+b')
b = re.compile('a+b')
c = re.compile('a+b', re.I)
d = re.compile(b'a+b')
print(a == b, a != b, a == c, a == d, a == 'a+b')
print(hash(a) == hash(b))
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__copy__() is a, a.__deepcopy__(None) is a)
s = {a, b, c}
print(len(s))
try:
    a < b
except TypeError as e:
    print('TypeError', e)
import copyreg
f, args = copyreg.dispatch_table[re.Pattern](c)
print(f(*args) == c, args)
