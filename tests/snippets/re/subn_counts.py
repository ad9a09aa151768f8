import re

print(re.subn(r'a', 'x', 'banana'))
print(re.subn(r'a', 'x', 'banana', count=1))
print(re.subn(r'a', 'x', 'banana', 0))
print(re.subn(r'z', 'x', 'banana'))
print(re.subn(r'', '.', 'ab'))
print(re.compile('n').subn('N', 'banana', 5))
s = 'unchanged'
print(re.sub('z', 'y', s) is s, re.sub('z', lambda m: '', s) == s)
print(re.compile('a').subn(repl='b', string='aa', count=1))
