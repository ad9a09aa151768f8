print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_list():
    return list(range(3))

list = tuple
print(uses_list())
del list
print(uses_list())

def shadow_locally():
    len = 5
    return len
print(shadow_locally(), len("ab"))
