import re

s = 'one\ntwo\n\nthree\n'
print(re.findall(r'^\w+', s))
print(re.findall(r'(?m)^\w*', s))
print(re.findall(r'(?m)\w+$', s))
print(re.findall(r'\w+$', s))
print(re.findall(r'(?m)$', s))
print([m.span() for m in re.finditer(r'$', 'a\n')])
print(re.search(r'\Aone', s), re.search(r'(?m)\Atwo', s))
print(re.search(r'three\Z', s), re.search(r'three\n\Z', s))
print(re.compile(r'^b').search('ab', 1), re.compile(r'(?m)^b').search('a\nb', 2))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1))
print(re.findall(r'(?m)^$', '\n\n'))
