def deco(name):
    print("evaluate decorator expression", name)
    def apply(f):
        print("apply", name, "to", f.__name__)
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return apply

def default(label):
    print("evaluate default", label)
    return label

@deco("outer")
@deco("inner")
def target(x=default("x")):
    return x

print(target.tags, target())

@deco("on class")
class K:
    print("class body runs before decorator is applied")
print(K.tags)
