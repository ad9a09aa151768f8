import re

print(re.findall(r'(?ai)k', 'kK\u212a'))
print(re.findall(r'(?ai)[a-z]+', 'ÀbC'))
print(re.findall(r'(?ai)é', 'éÉ'))
print(re.findall(rb'(?i)[a-c]', b'AbC\xc1'))
print(re.findall(rb'(?iL)[a-c]', b'AbC\xc1'))
print(re.findall(rb'(?iL)a', b'aA'))
print(re.findall(rb'(?L)\w+', b'ab_1\xe9'))
print(re.findall(rb'(?iL)(a)\1', b'aA Aa'))
print(re.findall(rb'(?iL)[^a]', b'aAb'))
print(re.findall(rb'(?L)\bab\b', b'ab abc ab'))
print(re.fullmatch(r'(?ai)(ab)\1', 'abAB'))
