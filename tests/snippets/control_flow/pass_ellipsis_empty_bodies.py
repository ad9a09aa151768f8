def stub():
    ...

def documented():
    "Only a docstring."

class Empty:
    pass

for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(stub(), documented(), Empty.__name__, ..., Ellipsis, type(...).__name__, ... is Ellipsis)
