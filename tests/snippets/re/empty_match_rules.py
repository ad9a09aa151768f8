import re

# Empty matches adjacent to a previous match are allowed (3.7+ rules).
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.findall(r'\d*', 'a12b'))
print(re.split(r'\d*', 'a12b'))
print([m.span() for m in re.finditer(r'(?=a)|a', 'aa')])
print(re.subn(r'(?:)', '.', 'xyz'))
print(re.sub('a|', '-', 'bab'))
print(re.split(r'(?<=a)', 'aXaY'))
