def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty list")
if 0: print("never")
else: print("one-line else")
if True:
    if False:
        pass
    else:
        print("nested else")
y = 3
if y > 1 and y < 5 or y == 100:
    print("compound")
if not (y % 2):
    print("even")
else:
    print("odd")
