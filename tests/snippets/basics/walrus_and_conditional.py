data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (item := data[i]) != 8:
    print("item", item)
    i += 1
print("stopped at", item, i)
print((y := 10) + y, y)
values = []
while (chunk := len(values)) < 3:
    values.append(chunk)
print(values)
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print("a" if False else "b" if False else "c")
z = (lambda: "yes")() if x else None
print(z)
