if a:
    b
elif c:
    d
else:
    e
while True:
    if x:
        break
    x -= 1
else:
    y = 1
for i in x:
    for j in y:
        if j:
            continue
        break
    else:
        pass
x = a if b else c
if a and not b or c:
    pass
if a < b < c:
    pass
x = a and b or c
x = a < b < c
if not a:
    pass
if a is None:
    pass
if a is not None:
    pass
