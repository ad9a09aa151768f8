import sys
def g():
    return sys._getframe()
def caller():
    return g()
f = caller()
print(f.f_back is None, f.f_back.f_code.co_name if f.f_back else None)
print(f.f_back.f_back.f_code.co_name if f.f_back and f.f_back.f_back else None)
