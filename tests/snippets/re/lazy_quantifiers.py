import re

s = '<a><b></b></a>'
print(re.findall(r'<.*>', s), re.findall(r'<.*?>', s))
print(re.match(r'a*?', 'aaa').span(), re.match(r'a+?', 'aaa').span(), re.match(r'a??', 'a').span())
print(re.match(r'a{2,4}?', 'aaaaa').span(), re.match(r'a{2,4}?$', 'aaaa').span())
print(re.match(r'(a|b)*?c', 'ababc').groups())
print(re.match(r'(?:(a)|b)*?c', 'abbc').groups())
print(re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'(a*?)(a*?)$', 'aa').groups())
print(re.findall(r'\d+?', '12345'), re.findall(r'x*?', 'xx'))
print(re.fullmatch(r'(.*?)-(.*?)', 'a-b-c').groups())
