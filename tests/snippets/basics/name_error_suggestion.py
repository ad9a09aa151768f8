counter = 10
def show():
    total = 1
    print(totl)

try:
    show()
except NameError as e:
    print("caught:", e, e.name)
print(conter)
