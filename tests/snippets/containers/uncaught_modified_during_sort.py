# a key function that appends to the list being sorted, uncaught
items = [3, 1, 2]
def key(x):
    items.append(x)
    return x
items.sort(key=key)
