import re

print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__ is re.Pattern)
def f(p: re.Pattern[str]) -> re.Match[str] | None:
    return p.match('x')
print(f.__annotations__['p'], f(re.compile('x')))
