inventory = {"apples": 3, "pears": 0}

def take(kind, n):
    inventory[kind] -= n
    return inventory[kind]

print(take("apples", 1))
print(take("plums", 1))
