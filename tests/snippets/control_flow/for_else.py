def first_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")

for n in [9, 13, 2, 25]:
    first_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    continue
else:
    print("continue does not skip else", i)
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for", outer)
        continue
    print("inner broke at", outer)
